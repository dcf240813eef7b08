package org.copydesk.portal.entity;

/** What completing a task led to, as the API answers it. */
public class Completion {

    private String taskId;
    private String decision;
    private String articleState;

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getArticleState() {
        return articleState;
    }

    public void setArticleState(String articleState) {
        this.articleState = articleState;
    }
}
