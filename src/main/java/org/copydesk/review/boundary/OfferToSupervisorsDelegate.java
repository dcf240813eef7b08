package org.copydesk.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.review.control.Escalations;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * The "Offer to supervisors" service task of definitions deployed when a review task had a second timer for it;
 * articles still running on one reach it.
 */
@Named("offerToSupervisorsDelegate")
@ApplicationScoped
public class OfferToSupervisorsDelegate implements JavaDelegate {

    @Inject
    Escalations escalations;

    @Override
    public void execute(DelegateExecution execution) {
        escalations.offerToSupervisors(EditorialReview.articleIdOf(execution));
    }
}
