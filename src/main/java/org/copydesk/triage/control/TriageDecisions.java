package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Invalid;
import org.copydesk.ingest.control.ArticleVersions;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.web.Ids;

/**
 * What a triage decision carries beyond its name: an accepted article may come with the editor's text (a new
 * version), a rejection needs its reason, and a duplicate names the article it repeats.
 */
@ApplicationScoped
public class TriageDecisions {

    @Inject
    Articles articles;

    @Inject
    ArticleVersions versions;

    @Inject
    AuditTrail auditTrail;

    /** Checks the decision's details and applies the edited text; returns what the audit entry should add. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String apply(Article article, String decision, String comment, String text, String duplicateOf) {
        switch (decision) {
            case "accept" -> {
                if (duplicateOf != null) {
                    throw new Invalid("'duplicateOf' goes with the decision 'duplicate'");
                }
                return edit(article, text, "edited at triage");
            }
            case "reject" -> {
                if (comment == null || comment.isBlank()) {
                    throw new Invalid("A rejection needs its reason in 'comment'");
                }
                return "";
            }
            case "duplicate" -> {
                UUID original = parse(duplicateOf);
                if (original.equals(article.getId())) {
                    throw new Invalid("An article cannot duplicate itself");
                }
                articles.find(original).orElseThrow(() -> new Invalid(
                        "'duplicateOf' names no article: " + duplicateOf));
                article.markDuplicateOf(original);
                return "; duplicate of " + original;
            }
            default -> {
                return "";
            }
        }
    }

    /** A revision may come with the corrected text, a new version whose claims fact-check reads again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String revise(Article article, String text) {
        return edit(article, text, "revised after fact-check");
    }

    private String edit(Article article, String text, String reason) {
        if (text == null) {
            return "";
        }
        if (text.isBlank()) {
            throw new Invalid("The edited text is empty");
        }
        article.reviseWorkingText(text, Instant.now());
        int number = versions.add(article, reason).getNumber();
        auditTrail.record(article.getId(), AuditAction.TEXT_EDITED, "version " + number);
        return "; with the editor's text as version " + number;
    }

    private static UUID parse(String duplicateOf) {
        if (duplicateOf == null || duplicateOf.isBlank()) {
            throw new Invalid("A duplicate names the article it repeats in 'duplicateOf'");
        }
        return Ids.inBody("duplicateOf", "an article", duplicateOf);
    }
}
