package org.copydesk.factcheck.control;

import static org.copydesk.platform.JsonDocuments.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Invalid;
import org.copydesk.domain.NotFound;
import org.copydesk.factcheck.entity.ArticleClaim;
import org.copydesk.factcheck.entity.BlockingClaim;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimFoundFalse;
import org.copydesk.factcheck.entity.ClaimLink;
import org.copydesk.factcheck.entity.ClaimStatus;
import org.copydesk.factcheck.entity.ClaimView;
import org.copydesk.factcheck.entity.LinkView;
import org.copydesk.factcheck.entity.ReferenceFact;
import org.copydesk.factcheck.entity.Verdict;
import org.copydesk.ingest.control.ArticleVersions;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Actor;

/**
 * Every article's claims and their verdicts. Claims are extracted when the article enters fact-check, from the
 * working text of that moment; a later version (after a revision) is extracted again, and a statement that did
 * not change keeps its verdict.
 */
@ApplicationScoped
@Transactional
public class ClaimLedger {

    public static final int MAX_NOTE = 4000;
    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor();
    /** Evidence opening with a link must be one a reader can follow safely: http or https, nothing scripted. */
    private static final Pattern UNSAFE_LINK = Pattern.compile(
            "^(?:(?:javascript|vbscript|data|file)\\s*:|(?!https?://)[a-z][a-z0-9+.-]*://)", Pattern.CASE_INSENSITIVE);

    @PersistenceContext
    EntityManager em;

    @Inject
    Articles articles;

    @Inject
    ArticleVersions versions;

    @Inject
    ClaimLinks links;

    @Inject
    ClaimReviews claimReviews;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    @Inject
    Event<ClaimFoundFalse> claimsFoundFalse;

    /** Extracts the claims of the article's current working text, unless that version's are already in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void extract(UUID articleId) {
        Article article = articles.get(articleId);
        int version = versions.currentNumber(articleId);
        List<ArticleClaim> previous = claimsOf(articleId);
        if (!previous.isEmpty() && previous.get(0).getTextVersion() == version) {
            return;
        }
        // asked, not caught: a parsing bug must fail the step where an admin sees it, not pass for a language
        if (!EXTRACTOR.reads(article.getLanguage())) {
            auditTrail.record(articleId, AuditAction.CLAIMS_EXTRACTED, "none: claims are not extracted from text in '"
                    + article.getLanguage() + "'; the fact-checker reads it unaided");
            return;
        }
        List<Claim> extracted = EXTRACTOR.extract(article.getWorkingText(), article.getLanguage(),
                LocalDate.ofInstant(article.getReceivedAt(), ZoneOffset.UTC));
        Map<String, ArticleClaim> earlier = previous.stream()
                .collect(Collectors.toMap(ArticleClaim::identity, Function.identity(), (first, second) -> first));
        links.unlink(previous.stream().map(ArticleClaim::getId).toList());
        previous.forEach(em::remove);
        em.flush();

        Instant now = Instant.now();
        List<ArticleClaim> claims = new ArrayList<>();
        int kept = 0;
        for (Claim claim : extracted) {
            ArticleClaim stored = new ArticleClaim(articleId, version, claim,
                    Contradictions.meetingKey(claim).orElse(null), now);
            ArticleClaim same = earlier.get(stored.identity());
            if (same != null && same.getStatus() != ClaimStatus.UNCHECKED) {
                stored.carryRatingFrom(same);
                kept++;
            }
            em.persist(stored);
            claims.add(stored);
        }
        ClaimLinks.Outcome outcome = links.link(article, claims, now);
        auditTrail.record(articleId, AuditAction.CLAIMS_EXTRACTED, claims.size() + " claims from version " + version
                + (kept > 0 ? " (" + kept + " verdicts kept from the previous version)" : "") + "; "
                + outcome.storyContradictions() + " contradictions and " + outcome.storyAgreements()
                + " agreements with other articles of the story; " + outcome.factContradictions()
                + " contradictions with reference facts");
    }

    public List<ClaimView> of(UUID articleId) {
        articles.get(articleId);
        return views(claimsOf(articleId));
    }

    public ArticleClaim claim(UUID articleId, UUID claimId) {
        ArticleClaim claim = em.find(ArticleClaim.class, claimId);
        if (claim == null || !claim.getArticleId().equals(articleId)) {
            throw new NotFound("claim", claimId + " in article " + articleId);
        }
        return claim;
    }

    /**
     * Records a fact-checker's verdict. The caller holds the article's fact-check task and its lock.
     *
     * @param correction what the article should say instead, for a claim rated false or disputed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimView rate(Article article, UUID claimId, String status, String evidence, String correction) {
        ArticleClaim claim = claim(article.getId(), claimId);
        ClaimStatus verdict = ClaimStatus.parse(status).orElseThrow(() -> new Invalid(
                "'status' must be one of " + List.of(ClaimStatus.values()) + ", not " + status));
        String note = blankToNull(evidence);
        String fix = blankToNull(correction);
        if (verdict != ClaimStatus.UNCHECKED && note == null) {
            throw new Invalid("A verdict needs its 'evidence': a source URL or a note");
        }
        if (fix != null && !verdict.isReviewed()) {
            throw new Invalid("A 'correction' goes with a claim rated FALSE or DISPUTED");
        }
        requireReadable("evidence", note);
        requireReadable("correction", fix);
        Actor actor = currentActor.get();
        Instant now = Instant.now();
        ClaimStatus before = claim.getStatus();
        claim.rate(verdict, note, fix, actor.username(), actor.subject(), now, verdict.isReviewed()
                ? claimReviews.documentFor(article, claim, verdict, LocalDate.ofInstant(now, ZoneOffset.UTC)) : null);
        auditTrail.record(article.getId(), AuditAction.CLAIM_RATED, "claim " + claim.getPosition() + " ("
                + claim.getKind() + ", " + claim.getSubjectKey() + "): " + before + " -> " + verdict
                + (note == null ? "" : "; evidence: " + note) + (fix == null ? "" : "; correction: " + fix));
        if (verdict == ClaimStatus.FALSE && before != ClaimStatus.FALSE) {
            claimsFoundFalse.fire(new ClaimFoundFalse(article.getId(), claim.getId(), claim.getSubject(),
                    claim.toClaim(), claim.getSentence(), note));
        }
        return views(List.of(claim)).get(0);
    }

    /** The claims that keep the article from being approved: unchecked, or false with no correction. */
    public List<BlockingClaim> blockingApproval(UUID articleId) {
        return claimsOf(articleId).stream().filter(ArticleClaim::blocksApproval).map(BlockingClaim::of).toList();
    }

    /** The ClaimReview documents kept with the article for publishing, one per claim rated false or disputed. */
    public List<JsonObject> claimReviews(UUID articleId) {
        articles.get(articleId);
        return claimsOf(articleId).stream().filter(claim -> claim.getClaimReview() != null)
                .map(claim -> parse(claim.getClaimReview())).toList();
    }

    List<ArticleClaim> claimsOf(UUID articleId) {
        return em.createQuery("select c from ArticleClaim c where c.articleId = :article order by c.position",
                ArticleClaim.class).setParameter("article", articleId).getResultList();
    }

    private List<ClaimView> views(List<ArticleClaim> claims) {
        List<ClaimLink> linked = links.of(claims.stream().map(ArticleClaim::getId).toList());
        Map<UUID, ArticleClaim> others = byId(ArticleClaim.class, "ArticleClaim",
                linked.stream().map(ClaimLink::getOtherClaimId).filter(id -> id != null).collect(Collectors.toSet()),
                ArticleClaim::getId);
        Map<UUID, ReferenceFact> facts = byId(ReferenceFact.class, "ReferenceFact",
                linked.stream().map(ClaimLink::getFactId).filter(id -> id != null).collect(Collectors.toSet()),
                ReferenceFact::getId);
        Set<UUID> articleIds = others.values().stream().map(ArticleClaim::getArticleId).collect(Collectors.toSet());
        facts.values().forEach(fact -> articleIds.add(fact.getSourceArticleId()));
        Map<UUID, String> titles = articleIds.isEmpty() ? Map.of() : em.createQuery(
                        "select a.id, a.title from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", articleIds).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
        Map<UUID, List<ClaimLink>> linksByClaim = linked.stream().collect(Collectors.groupingBy(ClaimLink::getClaimId));
        List<ClaimView> views = new ArrayList<>();
        for (ArticleClaim claim : claims) {
            List<LinkView> contradictions = new ArrayList<>();
            List<LinkView> agreements = new ArrayList<>();
            for (ClaimLink link : linksByClaim.getOrDefault(claim.getId(), List.of())) {
                LinkView other = link.getFactId() != null ? factLink(facts.get(link.getFactId()), titles)
                        : claimLink(others.get(link.getOtherClaimId()), titles);
                (link.getVerdict() == Verdict.CONTRADICT ? contradictions : agreements).add(other);
            }
            views.add(new ClaimView(claim.getId(), claim.getPosition(), claim.getKind(), claim.getSentence(),
                    claim.getStart(), claim.getEnd(), claim.getPhraseStart(), claim.getPhraseEnd(),
                    claim.getTextVersion(), claim.getLanguage(), claim.getSubjectKey(), claim.getValue().display(),
                    claim.getValue().speaker(), claim.getStatus(), claim.getEvidence(), claim.getCorrection(),
                    claim.getRatedBy(), claim.getRatedAt(), contradictions, agreements,
                    claim.getClaimReview() == null ? null : parse(claim.getClaimReview())));
        }
        return views;
    }

    private <T> Map<UUID, T> byId(Class<T> type, String entity, Set<UUID> ids, Function<T, UUID> idOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, T> found = new HashMap<>();
        em.createQuery("select e from " + entity + " e where e.id in :ids", type).setParameter("ids", ids)
                .getResultStream().forEach(row -> found.put(idOf.apply(row), row));
        return found;
    }

    private static LinkView claimLink(ArticleClaim other, Map<UUID, String> titles) {
        return new LinkView(other.getArticleId(), titles.get(other.getArticleId()), other.getId(), null,
                other.getSentence(), other.getStart(), other.getEnd(), other.getValue().display());
    }

    private static LinkView factLink(ReferenceFact fact, Map<UUID, String> titles) {
        return new LinkView(fact.getSourceArticleId(), titles.get(fact.getSourceArticleId()), fact.getSourceClaimId(),
                fact.getId(), fact.getStatement(), null, null, fact.getValue().display());
    }

    private static JsonObject parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireReadable(String field, String text) {
        if (text == null) {
            return;
        }
        if (UNSAFE_LINK.matcher(text).find()) {
            throw new Invalid("A link in '" + field + "' must be an http or https URL");
        }
    }
}
