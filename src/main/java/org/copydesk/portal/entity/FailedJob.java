package org.copydesk.portal.entity;

/** An automatic step that failed on every try. Pages read it through getters, hence a class. */
public class FailedJob implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private String articleId;
    private String articleTitle;
    private String articleState;
    private String step;
    private String reason;
    private java.time.Instant created;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getArticleId() {
        return articleId;
    }

    public void setArticleId(String articleId) {
        this.articleId = articleId;
    }

    public String getArticleTitle() {
        return articleTitle;
    }

    public void setArticleTitle(String articleTitle) {
        this.articleTitle = articleTitle;
    }

    public String getArticleState() {
        return articleState;
    }

    public void setArticleState(String articleState) {
        this.articleState = articleState;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public java.time.Instant getCreated() {
        return created;
    }

    public void setCreated(java.time.Instant created) {
        this.created = created;
    }
}
