package org.copydesk.review.entity;

import org.copydesk.workflow.entity.ArticleState;

/**
 * What completing a task led to: the decision taken, where the article now stands, and the article's next open
 * task when it opened at once and the caller may see it (a step that starts with an automatic job opens later).
 */
public record Completion(String taskId, String articleId, String taskKey, String decision, ArticleState articleState,
                         TaskView nextTask) {
}
