package org.copydesk.admin.entity;

import java.util.List;

/** Where the articles running on one workflow version stand now; the picture is at {@code map.png}. */
public record WorkflowMapView(String definitionId, int version, long waiting, long overdue, List<StepCount> steps) {
}
