package org.copydesk.review.entity;

import java.time.Instant;
import java.util.List;

/**
 * An open review task as a reviewer sees it: what to decide, on which article, and who holds it; a revision
 * carries the fact-checker's notes.
 */
public record TaskView(String id, String articleId, String articleTitle, String taskKey, String name,
                       String candidateGroup, String assignee, Instant created, List<String> decisions,
                       String notes) {
}
