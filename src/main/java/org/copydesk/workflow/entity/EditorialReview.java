package org.copydesk.workflow.entity;

/** The names the editorial review process and the Java code share; the BPMN file uses the same strings. */
public final class EditorialReview {

    public static final String PROCESS_KEY = "editorialReview";
    public static final String VAR_ARTICLE_ID = "articleId";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_COMMENT = "comment";

    private EditorialReview() {
    }
}
