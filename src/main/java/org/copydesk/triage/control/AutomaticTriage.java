package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.ingest.control.ArticleVersions;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.triage.entity.ArticleFinding;
import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Severity;
import org.copydesk.triage.entity.Story;
import org.copydesk.triage.entity.TriageReport;

/**
 * The reading a machine can do before the triage editor decides: clean-up, furniture, language, repeats, splices,
 * injected instructions, duplicates, the story, and a suggested priority and desk. Copydesk never acts on what the
 * text says; it only reports it.
 */
@ApplicationScoped
public class AutomaticTriage {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    @PersistenceContext
    EntityManager em;

    @Inject
    Articles articles;

    @Inject
    DuplicateFinder duplicates;

    @Inject
    StoryClusterer stories;

    @Inject
    ArticleVersions versions;

    @Inject
    AuditTrail auditTrail;

    @Transactional(Transactional.TxType.MANDATORY)
    public void analyse(UUID articleId) {
        Article article = articles.get(articleId);
        String original = article.getOriginalText();
        TriageReport report = ANALYZER.analyze(original, analysedAs(article.getMediaType()));
        Instant now = Instant.now();

        List<ArticleFinding> findings = new ArrayList<>();
        report.findings().forEach(finding -> findings.add(new ArticleFinding(articleId, finding, null)));
        DeceptiveText.inTitle(article.getTitle())
                .forEach(finding -> findings.add(new ArticleFinding(articleId, finding, null)));
        Optional<DuplicateFinder.Match> copy = duplicates.earlierCopyOf(articleId, report.signature());
        copy.ifPresent(match -> findings.add(new ArticleFinding(articleId, duplicateFinding(match, original),
                match.articleId())));
        duplicates.remember(articleId, report.signature());
        findings.forEach(em::persist);

        Story story = stories.place(article, report.story(), now);
        article.reviseWorkingText(report.workingText(), now);
        article.triaged(report.language(), story.getId(), report.routing().priority().name(),
                report.routing().desk().name(), String.join(" ", report.routing().reasons()), now);
        versions.add(article, "automatic triage");
        long high = findings.stream().filter(finding -> finding.getSeverity() == Severity.HIGH).count();
        auditTrail.record(articleId, AuditAction.INTAKE_COMPLETED, findings.size() + " findings (" + high
                + " high), language " + report.language() + ", story \"" + story.getTitle() + "\", priority "
                + report.routing().priority() + ", desk " + report.routing().desk());
    }

    /** Recomputes the working text with the removals still in force, after an editor restored one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String rebuild(Article article, List<ArticleFinding> findings) {
        String original = article.getOriginalText();
        return WorkingText.rebuild(original, ANALYZER.paragraphs(original, analysedAs(article.getMediaType())),
                findings.stream().map(ArticleFinding::toFinding).toList());
    }

    private static String analysedAs(String mediaType) {
        return "text/html".equals(mediaType) ? ArticleAnalyzer.TEXT_HTML : ArticleAnalyzer.TEXT_PLAIN;
    }

    private static Finding duplicateFinding(DuplicateFinder.Match match, String original) {
        return match.exact()
                ? new Finding(FindingKind.DUPLICATE, Severity.HIGH, 0, original.length(),
                "The same text was ingested before as article " + match.articleId(), false)
                : new Finding(FindingKind.NEAR_DUPLICATE, Severity.MEDIUM, 0, original.length(),
                "Nearly the same text (estimated similarity " + Math.round(match.similarity() * 100)
                        + "%) was ingested before as article " + match.articleId(), false);
    }
}
