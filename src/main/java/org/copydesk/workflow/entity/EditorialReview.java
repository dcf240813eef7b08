package org.copydesk.workflow.entity;

import java.util.UUID;
import org.flowable.common.engine.api.variable.VariableContainer;

/** The names the editorial review process and the Java code share; the BPMN file uses the same strings. */
public final class EditorialReview {

    public static final String PROCESS_KEY = "editorialReview";
    public static final String VAR_ARTICLE_ID = "articleId";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_COMMENT = "comment";

    private EditorialReview() {
    }

    /** The article a process instance, or any of its executions and tasks, is about. */
    public static UUID articleIdOf(VariableContainer scope) {
        return UUID.fromString((String) scope.getVariable(VAR_ARTICLE_ID));
    }
}
