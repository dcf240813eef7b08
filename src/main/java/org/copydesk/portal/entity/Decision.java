package org.copydesk.portal.entity;

/** A decision on a task, as the API takes it. Pages read it through getters, hence a class rather than a record. */
public class Decision implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private String decision;
    private String comment;
    private String text;
    private Integer baseVersion;
    private String duplicateOf;

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getBaseVersion() {
        return baseVersion;
    }

    public void setBaseVersion(Integer baseVersion) {
        this.baseVersion = baseVersion;
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    public void setDuplicateOf(String duplicateOf) {
        this.duplicateOf = duplicateOf;
    }
}
