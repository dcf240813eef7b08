package org.copydesk.admin.entity;

import java.util.List;
import java.util.Map;

/**
 * The settings an admin changes while the desk runs: separation of duties per pair of steps, how long each step
 * may take (minutes), and the largest request body the API takes (bytes). In a change, a missing part stays as it is.
 */
public record DeskSettingsView(List<SeparationRule> separationOfDuties, Map<String, Integer> slaMinutes,
                               Long maxUploadBytes) {

    /** Whoever did {@code earlier} on an article may not do {@code later} on it, while {@code enabled}. */
    public record SeparationRule(String earlier, String later, Boolean enabled) {
    }
}
