package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Invalid;
import org.copydesk.ingest.control.ArticleVersions;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.review.control.StepDecisions;
import org.copydesk.review.entity.Decision;
import org.copydesk.web.Ids;
import org.copydesk.workflow.entity.ReviewStep;

/**
 * What a triage decision carries beyond its name: an accepted article may come with the editor's text (a new
 * version), a rejection needs its reason, and a duplicate names the article it repeats. A revision may come
 * with the corrected text.
 */
@ApplicationScoped
public class TriageDecisions implements StepDecisions {

    @Inject
    Articles articles;

    @Inject
    ArticleVersions versions;

    @Inject
    AuditTrail auditTrail;

    @Override
    public Set<ReviewStep> steps() {
        return EnumSet.of(ReviewStep.TRIAGE, ReviewStep.REVISION);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public String apply(Article article, ReviewStep step, Decision decision) {
        if (step == ReviewStep.REVISION) {
            return revise(article, decision);
        }
        String text = decision.text();
        String duplicateOf = decision.duplicateOf();
        switch (decision.name()) {
            case "accept" -> {
                if (duplicateOf != null) {
                    throw new Invalid("'duplicateOf' goes with the decision 'duplicate'");
                }
                return edit(article, text, "edited at triage");
            }
            case "reject" -> {
                if (!decision.hasComment()) {
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
    private String revise(Article article, Decision decision) {
        if (decision.duplicateOf() != null) {
            throw new Invalid("'duplicateOf' is not taken by the revision task; it belongs to triage");
        }
        return edit(article, decision.text(), "revised after fact-check");
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
