package org.copydesk.admin.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The desk at a glance: now (articles per state, late tasks per group) and per day since {@code since}. */
public record DashboardView(LocalDate since, Map<String, Long> articlesByState, Map<String, Long> overdueByGroup,
                            List<DayCount> publishedPerDay, List<DayCount> contradictionsPerDay,
                            List<DayCount> claimsRatedPerDay, List<StepTime> timeInStep) {
}
