package org.copydesk.factcheck.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copydesk.factcheck.entity.ArticleClaim;
import org.copydesk.factcheck.entity.ClaimLink;
import org.copydesk.factcheck.entity.ReferenceFact;
import org.copydesk.factcheck.entity.Verdict;
import org.copydesk.ingest.entity.Article;
import org.copydesk.workflow.entity.ArticleState;

/**
 * Meets an article's new claims with the claims of the other articles of its story and with the newsroom's
 * reference facts, through the indexed subject only, and links those that agree or contradict.
 */
@ApplicationScoped
public class ClaimLinks {

    @PersistenceContext
    EntityManager em;

    /** What linking found: contradictions and agreements with other articles, and contradictions with facts. */
    public record Outcome(int storyContradictions, int storyAgreements, int factContradictions) {
    }

    /**
     * Links the article's new claims with the claims of the story's other articles, pairing those that state the
     * same fact ({@link ClaimMatcher}), and compares the story's articles that were never compared with each other:
     * those of stories merged since by an article that bridged them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome link(Article article, List<ArticleClaim> claims, Instant at) {
        int[] counts = new int[2];
        if (article.getStoryId() != null) {
            // One story's articles are linked one at a time: two linked side by side would each miss the other's
            // claims, and would both record the comparisons of older pairs they found missing
            em.createNativeQuery("select id from story where id = ?1 for update")
                    .setParameter(1, article.getStoryId()).getResultList();
            em.createNativeQuery("delete from claim_comparison where article_id = ?1 or other_article_id = ?1")
                    .setParameter(1, article.getId()).executeUpdate();
            Map<UUID, List<ArticleClaim>> story = claimsInStory(article);
            story.put(article.getId(), claims);
            List<UUID> articles = new ArrayList<>(story.keySet());
            Set<String> compared = comparedPairs(articles);
            for (int i = 0; i < articles.size(); i++) {
                for (int j = i + 1; j < articles.size(); j++) {
                    UUID first = articles.get(i);
                    UUID second = articles.get(j);
                    if (!compared.contains(pairKey(first, second)) && !story.get(first).isEmpty()
                            && !story.get(second).isEmpty()) {
                        linkPair(story.get(first), story.get(second), at, counts);
                        em.createNativeQuery("insert into claim_comparison (article_id, other_article_id)"
                                        + " values (?1, ?2)")
                                .setParameter(1, first).setParameter(2, second).executeUpdate();
                    }
                }
            }
        }
        Map<String, List<ArticleClaim>> bySubject = claims.stream().filter(claim -> claim.getSubject() != null)
                .collect(Collectors.groupingBy(ArticleClaim::getSubject));
        int factContradictions = 0;
        if (!bySubject.isEmpty()) {
            for (ReferenceFact fact : factsAbout(bySubject.keySet())) {
                for (ArticleClaim mine : bySubject.get(fact.getSubject())) {
                    Verdict verdict = Contradictions.between(mine.toClaim(), fact.toClaim());
                    if (verdict != Verdict.NOT_COMPARABLE) {
                        em.persist(ClaimLink.toFact(mine.getId(), fact.getId(), verdict, at));
                        factContradictions += verdict == Verdict.CONTRADICT ? 1 : 0;
                    }
                }
            }
        }
        return new Outcome(counts[0], counts[1], factContradictions);
    }

    private void linkPair(List<ArticleClaim> mine, List<ArticleClaim> theirs, Instant at, int[] counts) {
        List<ClaimMatcher.Pair> pairs = ClaimMatcher.pairs(mine.stream().map(ArticleClaim::toClaim).toList(),
                theirs.stream().map(ArticleClaim::toClaim).toList());
        for (ClaimMatcher.Pair pair : pairs) {
            UUID a = mine.get(pair.mine()).getId();
            UUID b = theirs.get(pair.theirs()).getId();
            em.persist(ClaimLink.toClaim(a, b, pair.verdict(), at));
            em.persist(ClaimLink.toClaim(b, a, pair.verdict(), at));
            counts[pair.verdict() == Verdict.CONTRADICT ? 0 : 1]++;
        }
    }

    /** The claims of the story's other live articles, by article. */
    private Map<UUID, List<ArticleClaim>> claimsInStory(Article article) {
        Map<UUID, List<ArticleClaim>> byArticle = new LinkedHashMap<>();
        em.createQuery("select c from ArticleClaim c where c.articleId <> :article and c.articleId in"
                        + " (select a.id from Article a where a.storyId = :story and a.state <> :rejected)"
                        + " order by c.articleId, c.position", ArticleClaim.class)
                .setParameter("article", article.getId())
                .setParameter("story", article.getStoryId())
                .setParameter("rejected", ArticleState.REJECTED)
                .getResultStream()
                .forEach(claim -> byArticle.computeIfAbsent(claim.getArticleId(), id -> new ArrayList<>()).add(claim));
        return byArticle;
    }

    private Set<String> comparedPairs(List<UUID> articles) {
        Set<String> pairs = new HashSet<>();
        if (articles.size() < 2) {
            return pairs;
        }
        Query query = em.createNativeQuery("select article_id, other_article_id from claim_comparison"
                + " where article_id in (" + placeholders(articles.size()) + ")");
        for (int i = 0; i < articles.size(); i++) {
            query.setParameter(i + 1, articles.get(i));
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            pairs.add(pairKey(uuid(columns[0]), uuid(columns[1])));
        }
        return pairs;
    }

    private static String placeholders(int count) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            list.append(i == 1 ? "?" : ", ?").append(i);
        }
        return list.toString();
    }

    /** A uuid column as a native query returns it: PostgreSQL gives a UUID, H2 its sixteen bytes. */
    private static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    private static String pairKey(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Removes every link from or to these claims, before they are replaced by a new extraction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unlink(Collection<UUID> claimIds) {
        if (!claimIds.isEmpty()) {
            em.createQuery("delete from ClaimLink l where l.claimId in :ids or l.otherClaimId in :ids")
                    .setParameter("ids", claimIds).executeUpdate();
        }
    }

    /** Claims of the story's other live articles under the same subjects; the subject index finds them. */
    List<ArticleClaim> sameSubjectInStory(Article article, Set<String> subjects) {
        if (article.getStoryId() == null) {
            return List.of();
        }
        return em.createQuery("select c from ArticleClaim c where c.subject in :subjects and c.articleId <> :article"
                        + " and c.articleId in (select a.id from Article a where a.storyId = :story"
                        + " and a.state not in :closed)", ArticleClaim.class)
                .setParameter("subjects", subjects)
                .setParameter("article", article.getId())
                .setParameter("story", article.getStoryId())
                .setParameter("closed", List.of(ArticleState.REJECTED, ArticleState.DUPLICATE))
                .getResultList();
    }

    List<ReferenceFact> factsAbout(Set<String> subjects) {
        return em.createQuery("select f from ReferenceFact f where f.subject in :subjects", ReferenceFact.class)
                .setParameter("subjects", subjects)
                .getResultList();
    }

    public List<ClaimLink> of(Collection<UUID> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        if (claimIds.size() == 1) {
            // a verdict's answer: a plan Hibernate keeps, where a list parameter is planned anew on every call
            return em.createQuery("select l from ClaimLink l where l.claimId = :id", ClaimLink.class)
                    .setParameter("id", claimIds.iterator().next()).getResultList();
        }
        return em.createQuery("select l from ClaimLink l where l.claimId in :ids", ClaimLink.class)
                .setParameter("ids", claimIds).getResultList();
    }
}
