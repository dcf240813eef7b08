package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.copydesk.ingest.entity.Article;
import org.copydesk.triage.entity.Story;
import org.copydesk.triage.entity.StoryFingerprint;

/**
 * Puts an article into the story of the articles about the same event, across languages, by single link: one
 * member similar enough is enough, and an article that links two stories merges them. Candidates come from the
 * indexed story keys, never from a scan.
 */
@ApplicationScoped
public class StoryClusterer {

    /** The heaviest keys are the most characteristic of the article; they alone look up candidates. */
    static final int LOOKUP_KEYS = 30;
    static final int CANDIDATES = 50;

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Story place(Article article, StoryFingerprint fingerprint, Instant at) {
        // one clusterer at a time, on every node: two articles of one event arriving together join one story
        em.createNativeQuery("select name from triage_lock where name = 'stories' for update").getResultList();
        Set<UUID> linked = new LinkedHashSet<>();
        for (Map.Entry<UUID, StoryFingerprint> candidate : candidates(article.getId(), fingerprint).entrySet()) {
            if (fingerprint.sameStoryAs(candidate.getValue())) {
                Article other = em.find(Article.class, candidate.getKey());
                if (other != null && other.getStoryId() != null) {
                    linked.add(other.getStoryId());
                }
            }
        }
        remember(article.getId(), fingerprint);
        Story story;
        if (linked.isEmpty()) {
            story = new Story(article.getTitle(), at);
            em.persist(story);
        } else {
            List<Story> stories = linked.stream().map(id -> em.find(Story.class, id))
                    .sorted(Comparator.comparing(Story::getCreatedAt)).toList();
            story = stories.get(0);
            for (Story absorbed : stories.subList(1, stories.size())) {
                em.createQuery("update Article a set a.storyId = :into where a.storyId = :from")
                        .setParameter("into", story.getId()).setParameter("from", absorbed.getId()).executeUpdate();
                em.remove(absorbed);
            }
            story.touch(at);
        }
        return story;
    }

    private Map<UUID, StoryFingerprint> candidates(UUID articleId, StoryFingerprint fingerprint) {
        List<String> lookup = fingerprint.keys().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(LOOKUP_KEYS).map(Map.Entry::getKey).toList();
        if (lookup.isEmpty()) {
            return Map.of();
        }
        Query byKeys = em.createNativeQuery("select k.article_id from story_key k where k.article_id <> ?1"
                + " and k.story_key in (" + DuplicateFinder.placeholders(2, lookup.size()) + ")"
                + " group by k.article_id order by count(*) desc");
        byKeys.setParameter(1, articleId);
        DuplicateFinder.bind(byKeys, 2, lookup);
        List<?> ids = byKeys.setMaxResults(CANDIDATES).getResultList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> candidateIds = new ArrayList<>();
        ids.forEach(id -> candidateIds.add(DuplicateFinder.asUuid(id)));
        Map<UUID, Map<String, Double>> keys = new HashMap<>();
        Query ofCandidates = em.createNativeQuery("select article_id, story_key, weight from story_key"
                + " where article_id in (" + DuplicateFinder.placeholders(1, candidateIds.size()) + ")");
        DuplicateFinder.bind(ofCandidates, 1, candidateIds);
        List<?> rows = ofCandidates.getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            keys.computeIfAbsent(DuplicateFinder.asUuid(columns[0]), id -> new HashMap<>())
                    .put((String) columns[1], ((Number) columns[2]).doubleValue());
        }
        Map<UUID, StoryFingerprint> fingerprints = new HashMap<>();
        keys.forEach((id, weights) -> fingerprints.put(id, new StoryFingerprint(weights)));
        return fingerprints;
    }

    private void remember(UUID articleId, StoryFingerprint fingerprint) {
        fingerprint.keys().forEach((key, weight) -> em.createNativeQuery(
                        "insert into story_key (story_key, article_id, weight) values (?1, ?2, ?3)")
                .setParameter(1, key.length() > 200 ? key.substring(0, 200) : key)
                .setParameter(2, articleId)
                .setParameter(3, weight)
                .executeUpdate());
    }
}
