package org.copydesk.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.ingest.entity.Article;
import org.copydesk.ingest.entity.ArticleView;
import org.copydesk.ingest.entity.Submission;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;

/**
 * Stores a new article and starts its review, in one transaction, unless its source sent the same content before:
 * the look for it is in that transaction too, so that an ingest is one commit.
 */
@ApplicationScoped
public class ArticleRegistration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Articles articles;

    @Inject
    RuntimeService runtimeService;

    @Inject
    AuditTrail auditTrail;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ArticleIntake.Receipt registerUnlessKnown(Submission submission, String contentHash) {
        Optional<Article> known = articles.bySourceAndHash(submission.source(), contentHash);
        if (known.isPresent()) {
            return new ArticleIntake.Receipt(ArticleView.of(known.get()), false);
        }
        Article article = new Article(submission.title(), submission.source(), submission.url(),
                submission.language(), submission.mediaType(), submission.original(), submission.text(),
                contentHash, Instant.now());
        String articleId = article.getId().toString();
        ProcessInstance review = runtimeService.startProcessInstanceByKey(EditorialReview.PROCESS_KEY, articleId,
                Map.of(EditorialReview.VAR_ARTICLE_ID, articleId));
        // attached before it is persisted: Hibernate writes the state an entity has when it is persisted, and a
        // change after that would cost an update of the row it has just inserted
        article.attachProcess(review.getProcessInstanceId());
        em.persist(article);
        auditTrail.record(article.getId(), AuditAction.INGESTED,
                "from " + submission.source() + " as " + submission.mediaType() + ", "
                        + submission.original().length + " bytes");
        return new ArticleIntake.Receipt(ArticleView.of(article), true);
    }
}
