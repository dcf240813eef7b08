package org.copydesk.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.workflow.entity.ArticleState;

/** Moves an article to the state its workflow has reached, and records the move. */
@ApplicationScoped
public class ArticleProgress {

    @Inject
    Articles articles;

    @Inject
    AuditTrail auditTrail;

    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(UUID articleId, ArticleState next, String taskId, String taskKey) {
        Article article = articles.get(articleId);
        ArticleState previous = article.getState();
        if (previous == next) {
            return;
        }
        article.moveTo(next, Instant.now());
        auditTrail.recordStateChange(articleId, previous, next, taskId, taskKey);
    }
}
