package org.copydesk.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.copydesk.review.control.ServiceLevels;
import org.copydesk.review.entity.Deadline;
import org.copydesk.workflow.entity.EditorialReview;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * When the escalation timer of a review task fires, for its BPMN timer expression
 * ({@code ${reviewDeadlines.escalationCycle(execution)}}): twice, at the due date the task got when it opened, in the
 * same transaction, and once more when it is to be offered to the supervisors. One repeating timer instead of two
 * spares every review action the creation and removal of a second timer. Articles still running on a definition
 * deployed before have the two timers, {@code overdueAt} and {@code supervisorsAt}.
 */
@Named("reviewDeadlines")
@ApplicationScoped
public class ReviewDeadlines {

    @Inject
    ServiceLevels serviceLevels;

    /** An ISO 8601 repetition: two firings, the first at the due date, the second a period later. */
    public String escalationCycle(DelegateExecution timer) {
        Deadline deadline = deadlineOf(timer);
        Instant due = deadline.due().truncatedTo(ChronoUnit.MILLIS);
        return "R2/" + due + "/" + Duration.between(due, deadline.offerToSupervisors());
    }

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
