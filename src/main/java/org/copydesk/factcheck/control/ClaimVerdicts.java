package org.copydesk.factcheck.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.copydesk.factcheck.entity.ClaimView;
import org.copydesk.ingest.entity.Article;
import org.copydesk.review.control.ReviewTasks;
import org.copydesk.workflow.entity.ReviewStep;

/** A verdict is given by whoever holds the article's fact-check task, under the article's lock. */
@ApplicationScoped
@Transactional
public class ClaimVerdicts {

    @Inject
    ReviewTasks reviewTasks;

    @Inject
    ClaimLedger ledger;

    public ClaimView rate(UUID articleId, UUID claimId, String status, String evidence, String correction) {
        Article article = reviewTasks.requireHolding(articleId, ReviewStep.FACT_CHECK);
        return ledger.rate(article, claimId, status, evidence, correction);
    }
}
