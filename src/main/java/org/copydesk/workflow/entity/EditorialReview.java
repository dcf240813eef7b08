package org.copydesk.workflow.entity;

import java.util.UUID;
import org.flowable.common.engine.api.variable.VariableContainer;
import org.flowable.common.engine.impl.context.Context;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.service.delegate.DelegateTask;

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

    /**
     * The article a process instance, or any of its executions and tasks, is about: the instance's business key,
     * which the engine holds in its cache, rather than the variable, which costs a query on each scope it is
     * looked for in (task, execution, instance).
     */
    public static UUID articleIdOf(VariableContainer scope) {
        String businessKey = null;
        if (scope instanceof DelegateExecution execution) {
            businessKey = execution.getProcessInstanceBusinessKey();
        } else if (scope instanceof DelegateTask task && Context.getCommandContext() != null) {
            businessKey = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId())
                    .getBusinessKey();
        }
        return UUID.fromString(businessKey != null ? businessKey : (String) scope.getVariable(VAR_ARTICLE_ID));
    }
}
