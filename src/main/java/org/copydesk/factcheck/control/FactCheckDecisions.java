package org.copydesk.factcheck.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copydesk.domain.Conflict;
import org.copydesk.domain.Invalid;
import org.copydesk.factcheck.entity.BlockingClaim;
import org.copydesk.factcheck.entity.ClaimStatus;
import org.copydesk.ingest.entity.Article;
import org.copydesk.review.control.StepDecisions;
import org.copydesk.review.entity.Decision;
import org.copydesk.workflow.entity.ReviewStep;

/**
 * What a fact-check decision requires: approval waits until every claim is checked and every false one has its
 * correction; a revision carries notes for the triage editor; a rejection its reason.
 */
@ApplicationScoped
public class FactCheckDecisions implements StepDecisions {

    @Inject
    ClaimLedger ledger;

    /** Checks the decision against the claim ledger; returns what the audit entry should add. */
    @Override
    public Set<ReviewStep> steps() {
        return EnumSet.of(ReviewStep.FACT_CHECK);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String apply(Article article, ReviewStep step, Decision decision) {
        decision.withNameAndCommentOnly(step.taskKey());
        switch (decision.name()) {
            case "approve" -> {
                List<BlockingClaim> blocking = ledger.blockingApproval(article.getId());
                if (!blocking.isEmpty()) {
                    long unchecked = blocking.stream().filter(c -> c.status() == ClaimStatus.UNCHECKED).count();
                    throw new Conflict(blocking.size() + " claims keep this article from approval: " + unchecked
                            + " not checked, " + (blocking.size() - unchecked) + " rated false without a correction",
                            "Claims not settled", Map.of("claims", blocking));
                }
                return "";
            }
            case "revise" -> {
                if (!decision.hasComment()) {
                    throw new Invalid("A revision needs notes for the triage editor in 'comment'");
                }
                return "";
            }
            case "reject" -> {
                if (!decision.hasComment()) {
                    throw new Invalid("A rejection needs its reason in 'comment'");
                }
                return "";
            }
            default -> {
                return "";
            }
        }
    }
}
