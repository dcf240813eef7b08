package org.copydesk.review.entity;

import java.time.Instant;

/**
 * One open task in a reviewer's inbox with what they scan to choose the next one: the article, its story, its
 * language, the desk triage routed it to and its priority (triage's, one level higher for each escalation of the
 * task), when the task falls due and whether it was escalated.
 */
public record InboxItem(String taskId, String taskKey, String taskName, String assignee, Instant created,
                        String articleId, String articleTitle, String articleState, String language, String desk,
                        String priority, String storyId, String storyTitle, Instant due, boolean escalated) {
}
