package org.copydesk.review.entity;

import org.copydesk.workflow.entity.ArticleState;

/** What completing a task led to: the decision taken and where the article now stands. */
public record Completion(String taskId, String articleId, String taskKey, String decision, ArticleState articleState) {
}
