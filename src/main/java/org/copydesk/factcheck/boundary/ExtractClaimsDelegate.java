package org.copydesk.factcheck.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.copydesk.factcheck.control.ClaimLedger;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * The "Extract claims" service task, on every way into fact-check: runs in the transaction that opens the
 * fact-check task, so the fact-checker never sees the task without its claims.
 */
@Named("extractClaimsDelegate")
@ApplicationScoped
public class ExtractClaimsDelegate implements JavaDelegate {

    @Inject
    ClaimLedger ledger;

    @Override
    public void execute(DelegateExecution execution) {
        ledger.extract(EditorialReview.articleIdOf(execution));
    }
}
