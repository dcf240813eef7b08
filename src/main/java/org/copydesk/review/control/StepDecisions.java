package org.copydesk.review.control;

import java.util.Set;
import org.copydesk.ingest.entity.Article;
import org.copydesk.review.entity.Decision;
import org.copydesk.workflow.entity.ReviewStep;

/**
 * What the decisions of a review step require beyond their names, plugged in by the feature that owns the step.
 * Review finds the implementations through CDI and knows none of them, so a new step never means editing review.
 */
public interface StepDecisions {

    /** The steps whose decisions this checks and applies. */
    Set<ReviewStep> steps();

    /**
     * Checks the decision's details and applies them, in the transaction that completes the task, the article
     * locked; returns what the audit entry of the completion adds.
     */
    String apply(Article article, ReviewStep step, Decision decision);
}
