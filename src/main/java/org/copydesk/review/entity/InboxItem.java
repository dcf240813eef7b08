package org.copydesk.review.entity;

import java.time.Instant;

/**
 * One open task in a reviewer's inbox with what they scan to choose the next one: the article, its story, its
 * language, and the desk and priority triage routed it to.
 */
public record InboxItem(String taskId, String taskKey, String taskName, String assignee, Instant created,
                        String articleId, String articleTitle, String articleState, String language, String desk,
                        String priority, String storyId, String storyTitle) {
}
