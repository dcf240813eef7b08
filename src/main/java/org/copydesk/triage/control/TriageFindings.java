package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Conflict;
import org.copydesk.domain.NotFound;
import org.copydesk.ingest.control.ArticleVersions;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.triage.entity.ArticleFinding;
import org.copydesk.triage.entity.FindingView;

/** An article's findings, and the editor's undo of a removal. */
@ApplicationScoped
@Transactional
public class TriageFindings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Articles articles;

    @Inject
    AutomaticTriage automaticTriage;

    @Inject
    ArticleVersions versions;

    @Inject
    AuditTrail auditTrail;

    public List<FindingView> of(UUID articleId) {
        Article article = articles.get(articleId);
        return findings(articleId).stream().map(finding -> FindingView.of(finding, article.getOriginalText())).toList();
    }

    /**
     * Puts a removed span back into the working text, as a new version; the editor's own changes to the text stay.
     * When the editor rewrote the very lines the span goes into, the restore is refused with the span's text.
     */
    public FindingView restore(UUID articleId, UUID findingId) {
        Article article = articles.get(articleId);
        // an automatic step may be changing the article right now: take turns with it, then read what it left
        articles.lock(article);
        ArticleFinding finding = em.find(ArticleFinding.class, findingId);
        if (finding == null || !finding.getArticleId().equals(articleId)) {
            throw new NotFound("finding", findingId + " of article " + articleId);
        }
        if (!finding.isRemoved()) {
            throw new Conflict("Finding " + findingId + " removed nothing from the working text");
        }
        if (article.getState().hasLeftReview()) {
            throw new Conflict("Article " + articleId + " is " + article.getState());
        }
        String withoutRestore = automaticTriage.rebuild(article, findings(articleId));
        finding.restore();
        String withRestore = automaticTriage.rebuild(article, findings(articleId));
        String restored = RestoredText.merge(withoutRestore, withRestore, article.getWorkingText())
                .orElseThrow(() -> new Conflict("The working text was edited where the removed text belongs; put it"
                        + " back by hand: \"" + article.getOriginalText().substring(finding.getStart(),
                        finding.getEnd()) + "\""));
        article.reviseWorkingText(restored, Instant.now());
        versions.add(article, "restored " + finding.getKind() + " at " + finding.getStart() + "-" + finding.getEnd());
        auditTrail.record(articleId, AuditAction.FINDING_RESTORED, finding.getKind() + " at " + finding.getStart()
                + "-" + finding.getEnd() + ": " + finding.getExplanation());
        return FindingView.of(finding, article.getOriginalText());
    }

    private List<ArticleFinding> findings(UUID articleId) {
        return em.createQuery("select f from ArticleFinding f where f.articleId = :article order by f.start, f.end desc",
                ArticleFinding.class).setParameter("article", articleId).getResultList();
    }
}
