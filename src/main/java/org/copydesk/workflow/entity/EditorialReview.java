package org.copydesk.workflow.entity;

import java.util.UUID;
import org.flowable.common.engine.api.variable.VariableContainer;

/** The names the editorial review process and the Java code share; the BPMN file uses the same strings. */
public final class EditorialReview {

    public static final String PROCESS_KEY = "editorialReview";
    public static final String VAR_ARTICLE_ID = "articleId";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_COMMENT = "comment";
    /** When a scheduled article is published (ISO-8601); the timer of the BPMN file reads it. */
    public static final String VAR_PUBLISH_AT = "publishAt";
    public static final String MESSAGE_CORRECT = "correctArticle";
    public static final String MESSAGE_KILL = "killArticle";
    public static final String MESSAGE_CORRECTION_NEEDED = "correctionNeeded";
    /** A correction's new headline and text, its public note, and who made it. */
    public static final String VAR_CORRECTION_HEADLINE = "correctionHeadline";
    public static final String VAR_CORRECTION_TEXT = "correctionText";
    public static final String VAR_CORRECTION_NOTE = "correctionNote";
    /** A kill's public notice, and the people who asked for it and confirmed it. */
    public static final String VAR_KILL_NOTICE = "killNotice";
    public static final String VAR_KILLED_BY = "killedBy";
    public static final String VAR_ACTED_BY = "actedBy";
    /** Until when a published article is embargoed for the public (ISO-8601), or null. */
    public static final String VAR_EMBARGO_UNTIL = "embargoUntil";
    /**
     * The deadline of the review task that has just opened, a transient variable: the task's escalation timers,
     * created in the same transaction, read it; nothing stores it.
     */
    public static final String VAR_DEADLINE = "deadline";

    private EditorialReview() {
    }

    /** The article a process instance, or any of its executions and tasks, is about. */
    public static UUID articleIdOf(VariableContainer scope) {
        return UUID.fromString((String) scope.getVariable(VAR_ARTICLE_ID));
    }
}
