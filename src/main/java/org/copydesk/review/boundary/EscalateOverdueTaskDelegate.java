package org.copydesk.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.review.control.Escalations;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * The "Escalate overdue task" service task, reached each time a review task's escalation timer fires: at the due
 * date the task is escalated, the next time it is offered to the supervisors.
 */
@Named("escalateOverdueTaskDelegate")
@ApplicationScoped
public class EscalateOverdueTaskDelegate implements JavaDelegate {

    @Inject
    Escalations escalations;

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalate(EditorialReview.articleIdOf(execution));
    }
}
