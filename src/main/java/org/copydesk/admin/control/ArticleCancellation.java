package org.copydesk.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Conflict;
import org.copydesk.ingest.control.ArticleProgress;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.workflow.entity.ArticleState;
import org.flowable.engine.RuntimeService;

/**
 * An admin stops an article's review for good: its process ends, it becomes CANCELLED, and its trail keeps the
 * reason. A published article is killed instead, which tells readers and partners.
 */
@ApplicationScoped
@Transactional
public class ArticleCancellation {

    @Inject
    Articles articles;

    @Inject
    ArticleProgress progress;

    @Inject
    RuntimeService runtimeService;

    @Inject
    AuditTrail auditTrail;

    public ArticleState cancel(UUID articleId, String reason) {
        Article article = articles.get(articleId);
        articles.lock(article);
        if (article.getState().hasLeftReview()) {
            throw new Conflict("The article is " + article.getState() + ": only an article still in review can be"
                    + " cancelled" + (article.getState() == ArticleState.PUBLISHED ? "; kill it instead" : ""));
        }
        String process = article.getProcessInstanceId();
        if (process != null && runtimeService.createProcessInstanceQuery().processInstanceId(process).count() > 0) {
            runtimeService.deleteProcessInstance(process, "cancelled by an admin: " + reason);
        }
        progress.moveTo(articleId, ArticleState.CANCELLED, null, null);
        auditTrail.record(articleId, AuditAction.CANCELLED, reason);
        return ArticleState.CANCELLED;
    }
}
