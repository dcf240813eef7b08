package org.copydesk.admin.entity;

import java.time.Instant;

/**
 * An article as an admin looks for it: where it is, its priority (raised while its open task is escalated), the
 * workflow version it runs on, who holds its open task, whether that task is late, was escalated, and was offered
 * to the supervisors.
 */
public record AdminArticleView(String id, String title, String state, String desk, String storyId, String priority,
                               Instant received, String definitionId, String taskId, String taskKey, String assignee,
                               Instant due, boolean overdue, boolean escalated, boolean offeredToSupervisors) {
}
