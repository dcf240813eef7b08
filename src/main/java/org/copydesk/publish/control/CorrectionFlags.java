package org.copydesk.publish.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.factcheck.control.Contradictions;
import org.copydesk.factcheck.entity.ArticleClaim;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimFoundFalse;
import org.copydesk.factcheck.entity.ReferenceFactRetired;
import org.copydesk.factcheck.entity.Verdict;
import org.copydesk.ingest.control.Articles;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;

/**
 * Correction propagation: when a claim is rated FALSE, or a reference fact is retired, every published article
 * (of any story) carrying the same claim, the same subject with the same value, is flagged and a correction task
 * opens for its publisher with the claim and the evidence. Runs in the transaction of the rating or retirement.
 */
@ApplicationScoped
public class CorrectionFlags {

    static final int MAX_NOTE = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    RuntimeService runtimeService;

    @Inject
    Articles articles;

    @Inject
    AuditTrail auditTrail;

    void claimFoundFalse(@Observes ClaimFoundFalse event) {
        flagCarriers(event.subject(), event.claim(), event.articleId(), "A claim this article carries was rated FALSE"
                + " in article " + event.articleId() + ": \"" + event.sentence() + "\"; evidence: " + event.evidence());
    }

    void factRetired(@Observes ReferenceFactRetired event) {
        flagCarriers(event.subject(), event.claim(), null, "Reference fact " + event.factId() + " (\""
                + event.statement() + "\"), which a claim of this article agrees with, was retired from the fact base");
    }

    private void flagCarriers(String subject, Claim claim, UUID except, String why) {
        if (subject == null) {
            return;
        }
        Set<UUID> carriers = new LinkedHashSet<>();
        for (ArticleClaim candidate : em.createQuery("select c from ArticleClaim c, Publication p"
                        + " where c.articleId = p.articleId and p.killedAt is null and c.subject = :subject"
                        + " order by p.firstPublishedAt", ArticleClaim.class)
                .setParameter("subject", subject).getResultList()) {
            if (!candidate.getArticleId().equals(except)
                    && Contradictions.between(candidate.toClaim(), claim) == Verdict.AGREE) {
                carriers.add(candidate.getArticleId());
            }
        }
        String note = why.length() > MAX_NOTE ? why.substring(0, MAX_NOTE) : why;
        for (UUID article : carriers) {
            Execution waiting = runtimeService.createExecutionQuery()
                    .processInstanceId(articles.get(article).getProcessInstanceId())
                    .messageEventSubscriptionName(EditorialReview.MESSAGE_CORRECTION_NEEDED)
                    .singleResult();
            if (waiting != null) {
                runtimeService.messageEventReceived(EditorialReview.MESSAGE_CORRECTION_NEEDED, waiting.getId(),
                        Map.of(EditorialReview.VAR_COMMENT, note));
            }
            auditTrail.record(article, AuditAction.CORRECTION_FLAGGED, note + (waiting == null
                    ? " (a correction task was already open)" : "; correction task opened"));
        }
    }
}
