package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Conflict;
import org.copydesk.domain.Invalid;
import org.copydesk.ingest.control.ArticleVersions;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.ingest.entity.ArticleVersion;
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
                return edit(article, decision, "edited at triage");
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
        return edit(article, decision, "revised after fact-check");
    }

    /**
     * The editor's text becomes a new version, unless someone else changed the text since the version the editor
     * started from: then nothing is saved and the editor gets both texts, so no edit silently overwrites another.
     */
    private String edit(Article article, Decision decision, String reason) {
        String text = decision.text();
        if (text == null) {
            if (decision.baseVersion() != null) {
                throw new Invalid("'baseVersion' goes with the editor's 'text'");
            }
            return "";
        }
        if (text.isBlank()) {
            throw new Invalid("The edited text is empty");
        }
        if (decision.baseVersion() == null) {
            throw new Invalid("'baseVersion' is required with 'text': the number of the version the edit started from");
        }
        int currentNumber = versions.currentNumber(article.getId());
        if (decision.baseVersion() != currentNumber) {
            ArticleVersion current = versions.get(article.getId(), currentNumber);
            Map<String, Object> both = new LinkedHashMap<>();
            both.put("baseVersion", decision.baseVersion());
            both.put("currentVersion", current.getNumber());
            both.put("changedBy", current.getAuthor());
            both.put("currentText", current.getText());
            both.put("yourText", text);
            throw new Conflict("The text was changed by " + current.getAuthor() + " (version " + current.getNumber()
                    + ") after you started from version " + decision.baseVersion()
                    + "; nothing was saved. Merge your edit into the current text and save again.",
                    "Edit conflict", both);
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
