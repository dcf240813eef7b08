package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;

/** Prepares a received article for its triage editor: the working text becomes clean, safe text. */
@ApplicationScoped
public class Intake {

    @Inject
    Articles articles;

    @Inject
    AuditTrail auditTrail;

    @Transactional(Transactional.TxType.MANDATORY)
    public void prepare(UUID articleId) {
        Article article = articles.get(articleId);
        String text = WorkingText.of(article.getWorkingText(), article.getMediaType());
        article.reviseWorkingText(text, Instant.now());
        long paragraphs = text.isEmpty() ? 0 : text.split("\n\n").length;
        auditTrail.record(articleId, AuditAction.INTAKE_COMPLETED,
                "working text of " + text.length() + " characters in " + paragraphs + " paragraphs");
    }
}
