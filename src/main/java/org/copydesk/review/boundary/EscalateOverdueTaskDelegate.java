package org.copydesk.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.review.control.Escalations;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/** The "Escalate overdue task" service task, reached when a review task's due-date timer fires. */
@Named("escalateOverdueTaskDelegate")
@ApplicationScoped
public class EscalateOverdueTaskDelegate implements JavaDelegate {

    @Inject
    Escalations escalations;

    @Override
    public void execute(DelegateExecution execution) {
        escalations.escalateOverdue(EditorialReview.articleIdOf(execution));
    }
}
