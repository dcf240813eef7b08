package org.copydesk.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.copydesk.review.control.ServiceLevels;
import org.copydesk.review.entity.Deadline;
import org.copydesk.workflow.entity.EditorialReview;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * When the two escalation timers of a review task fire, for their BPMN timer expressions
 * ({@code ${reviewDeadlines.overdueAt(execution)}}, {@code ${reviewDeadlines.supervisorsAt(execution)}}): the
 * deadline the task got when it opened, in the same transaction.
 */
@Named("reviewDeadlines")
@ApplicationScoped
public class ReviewDeadlines {

    @Inject
    ServiceLevels serviceLevels;

    public Instant overdueAt(DelegateExecution timer) {
        return deadlineOf(timer).due();
    }

    public Instant supervisorsAt(DelegateExecution timer) {
        return deadlineOf(timer).offerToSupervisors();
    }

    private Deadline deadlineOf(DelegateExecution timer) {
        if (timer.getTransientVariable(EditorialReview.VAR_DEADLINE) instanceof Deadline deadline) {
            return deadline;
        }
        // a task opened on an earlier workflow version, whose article has just moved to this one: its step's time
        // counts from the move
        String taskKey = ((BoundaryEvent) timer.getCurrentFlowElement()).getAttachedToRefId();
        ReviewStep step = ReviewStep.ofTaskKey(taskKey)
                .orElseThrow(() -> new IllegalStateException("A timer on " + taskKey + ", which is no review step"));
        return serviceLevels.deadlineOf(step, Instant.now());
    }
}
