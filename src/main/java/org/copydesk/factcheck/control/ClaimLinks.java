package org.copydesk.factcheck.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
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

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome link(Article article, List<ArticleClaim> claims, Instant at) {
        Map<String, List<ArticleClaim>> bySubject = claims.stream().filter(claim -> claim.getSubject() != null)
                .collect(Collectors.groupingBy(ArticleClaim::getSubject));
        if (bySubject.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        int contradictions = 0;
        int agreements = 0;
        for (ArticleClaim theirs : sameSubjectInStory(article, bySubject.keySet())) {
            for (ArticleClaim mine : bySubject.get(theirs.getSubject())) {
                Verdict verdict = Contradictions.between(mine.toClaim(), theirs.toClaim());
                if (verdict != Verdict.NOT_COMPARABLE) {
                    em.persist(ClaimLink.toClaim(mine.getId(), theirs.getId(), verdict, at));
                    em.persist(ClaimLink.toClaim(theirs.getId(), mine.getId(), verdict, at));
                    contradictions += verdict == Verdict.CONTRADICT ? 1 : 0;
                    agreements += verdict == Verdict.AGREE ? 1 : 0;
                }
            }
        }
        int factContradictions = 0;
        for (ReferenceFact fact : factsAbout(bySubject.keySet())) {
            for (ArticleClaim mine : bySubject.get(fact.getSubject())) {
                Verdict verdict = Contradictions.between(mine.toClaim(), fact.toClaim());
                if (verdict != Verdict.NOT_COMPARABLE) {
                    em.persist(ClaimLink.toFact(mine.getId(), fact.getId(), verdict, at));
                    factContradictions += verdict == Verdict.CONTRADICT ? 1 : 0;
                }
            }
        }
        return new Outcome(contradictions, agreements, factContradictions);
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
        return em.createQuery("select l from ClaimLink l where l.claimId in :ids", ClaimLink.class)
                .setParameter("ids", claimIds).getResultList();
    }
}
