package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.copydesk.ingest.entity.Article;
import org.copydesk.triage.entity.Story;
import org.copydesk.triage.entity.StoryFingerprint;

/**
 * Puts an article into the story of the articles about the same event, across languages, by single link: one
 * member similar enough is enough, and an article that links two stories merges them. Candidates come from the
 * indexed story keys, never from a scan. Placements that share a rare name take turns; others run in parallel.
 */
@ApplicationScoped
public class StoryClusterer {

    static final int CANDIDATES = 50;
    /**
     * The most stored keys one lookup reads. Keys are looked up rarest first: a name or a figure leads to the few
     * articles about the event, while a year, a weekday or a common acronym is carried by a large share of the
     * archive. Reading all of those would make every lookup slower as the archive grows, for candidates that share
     * nothing distinctive with the article.
     */
    static final int LOOKUP_POSTINGS = 5_000;
    static final int KEY_LENGTH = 200;
    /** Rows in story_lock; a key is held by locking the row of its slot. */
    static final int LOCK_SLOTS = 4096;
    /** A looked-up name is held while fewer articles than this carry it; see {@link #keysToLock}. */
    static final long HELD_BELOW = 32;
    /** Keys carried by fewer articles than this are counted one by one; see {@link #countedIncrement}. */
    static final long COUNTED_ONE_BY_ONE = 128;

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Story place(Article article, StoryFingerprint fingerprint, Instant at) {
        Map<String, Double> keys = storedKeys(fingerprint);
        lockSlotsOf(keysToLock(frequencies(keys.keySet())));
        // read again under the locks: an article holding one of them may have added a key meanwhile
        Map<String, Long> frequencies = frequencies(keys.keySet());
        Set<UUID> matching = new LinkedHashSet<>();
        candidates(article.getId(), lookupKeys(frequencies)).forEach((candidate, itsFingerprint) -> {
            if (fingerprint.sameStoryAs(itsFingerprint)) {
                matching.add(candidate);
            }
        });
        List<Story> stories = lockedStoriesOf(matching);
        remember(article.getId(), keys, frequencies);
        Story story;
        if (stories.isEmpty()) {
            story = new Story(article.getTitle(), at);
            em.persist(story);
        } else {
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

    /**
     * The keys whose slots this placement holds until it commits: every key no article carries yet (so that two
     * first articles of an event, sharing its new names, take turns and the second joins the first's story; and
     * so that no two placements add one key) and the rare names and acronyms it looks up. Two articles are the same
     * story only if they share a name or an acronym ({@link StoryFingerprint#canLink}); years and figures are not
     * held. Nor is a name carried by {@link #HELD_BELOW} articles or more: a placement sharing it finds those
     * articles, committed, whatever runs beside it. Only two articles arriving at once that share nothing rarer,
     * and match each other but none of those, could then start two stories, which the next article linking them
     * merges; holding such names would make every placement that mentions Paris or the EU wait for the others.
     */
    static Set<String> keysToLock(Map<String, Long> frequencies) {
        Set<String> held = new TreeSet<>();
        lookupKeys(frequencies).stream()
                .filter(key -> StoryFingerprint.canLink(key) && frequencies.get(key) < HELD_BELOW)
                .forEach(held::add);
        frequencies.forEach((key, articles) -> {
            if (articles == 0) {
                held.add(key);
            }
        });
        return held;
    }

    /**
     * What this article adds to the count of a key that articles already carry. Below {@link #COUNTED_ONE_BY_ONE}
     * each article adds one. Above, the count is kept in steps: one article in {@code step} (chosen by a hash of
     * the article and the key) adds {@code step}, the others nothing, so the count stays right on average while
     * the row of a key half the archive carries is written by few placements instead of all of them (each write
     * holds the row until its transaction commits). The count only ranks keys from rare to common.
     */
    static long countedIncrement(UUID articleId, String key, long articles) {
        if (articles < COUNTED_ONE_BY_ONE) {
            return 1;
        }
        long step = Long.highestOneBit(articles / (COUNTED_ONE_BY_ONE / 2));
        long mixed = articleId.getMostSignificantBits() ^ articleId.getLeastSignificantBits()
                ^ key.hashCode() * 0x9E3779B97F4A7C15L;
        mixed = (mixed ^ (mixed >>> 33)) * 0xFF51AFD7ED558CCDL;
        mixed ^= mixed >>> 33;
        return Math.floorMod(mixed, step) == 0 ? step : 0;
    }

    static int slotOf(String key) {
        return Math.floorMod(key.hashCode(), LOCK_SLOTS);
    }

    /** Locks the keys' slots in ascending order, the one order every placement takes them in. */
    private void lockSlotsOf(Set<String> keys) {
        List<Integer> slots = keys.stream().map(StoryClusterer::slotOf).distinct().sorted().toList();
        if (slots.isEmpty()) {
            return;
        }
        Query lock = em.createNativeQuery("select slot from story_lock where slot in ("
                + DuplicateFinder.placeholders(1, slots.size()) + ") order by slot for update");
        DuplicateFinder.bind(lock, 1, slots);
        lock.getResultList();
    }

    /**
     * The stories of the matching articles, oldest first, locked: a placement holding other keys may be merging
     * one of them away. A story merged away meanwhile is gone when its lock is granted, and its articles are in the
     * story that absorbed it, so their stories are read again.
     */
    private List<Story> lockedStoriesOf(Set<UUID> articles) {
        for (int attempt = 0; !articles.isEmpty(); attempt++) {
            Set<UUID> storyIds = new LinkedHashSet<>(em.createQuery("select a.storyId from Article a"
                    + " where a.id in :ids and a.storyId is not null", UUID.class)
                    .setParameter("ids", articles).getResultList());
            if (storyIds.isEmpty()) {
                return List.of();
            }
            List<Story> locked = em.createQuery("select s from Story s where s.id in :ids order by s.id", Story.class)
                    .setParameter("ids", storyIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            if (locked.size() == storyIds.size() || attempt == 2) {
                return locked.stream().sorted(Comparator.comparing(Story::getCreatedAt)).toList();
            }
        }
        return List.of();
    }

    /**
     * The keys to look up, rarest first, as long as the articles carrying them add up to at most
     * {@link #LOOKUP_POSTINGS}; the rarest alone when even it is carried by more. Keys no article carries yet
     * find nothing and are left out.
     */
    static List<String> lookupKeys(Map<String, Long> frequencies) {
        List<Map.Entry<String, Long>> stored = frequencies.entrySet().stream()
                .filter(key -> key.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> lookup = new ArrayList<>();
        long postings = 0;
        for (Map.Entry<String, Long> key : stored) {
            if (!lookup.isEmpty() && postings + key.getValue() > LOOKUP_POSTINGS) {
                break;
            }
            lookup.add(key.getKey());
            postings += key.getValue();
        }
        return lookup;
    }

    /** The fingerprint's keys as the story_key column holds them. */
    private static Map<String, Double> storedKeys(StoryFingerprint fingerprint) {
        Map<String, Double> keys = new HashMap<>();
        fingerprint.keys().forEach((key, weight) ->
                keys.merge(key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key, weight, Math::max));
        return keys;
    }

    /** How many stored articles carry each key; 0 for a key none does. */
    private Map<String, Long> frequencies(Set<String> keys) {
        Map<String, Long> frequencies = new HashMap<>();
        keys.forEach(key -> frequencies.put(key, 0L));
        if (keys.isEmpty()) {
            return frequencies;
        }
        List<String> list = List.copyOf(keys);
        Query query = em.createNativeQuery("select story_key, articles from story_key_frequency where story_key in ("
                + DuplicateFinder.placeholders(1, list.size()) + ")");
        DuplicateFinder.bind(query, 1, list);
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            frequencies.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return frequencies;
    }

    private Map<UUID, StoryFingerprint> candidates(UUID articleId, List<String> lookup) {
        if (lookup.isEmpty()) {
            return Map.of();
        }
        Query byKeys = lookup.size() == 1
                ? em.createNativeQuery("select k.article_id from story_key k where k.article_id <> ?1"
                        + " and k.story_key = ?2")
                : em.createNativeQuery("select k.article_id from story_key k where k.article_id <> ?1"
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

    private void remember(UUID articleId, Map<String, Double> keys, Map<String, Long> frequencies) {
        if (keys.isEmpty()) {
            return;
        }
        List<Object> rows = new ArrayList<>();
        keys.forEach((key, weight) -> rows.addAll(List.of(key, articleId, weight)));
        Query insertKeys = em.createNativeQuery("insert into story_key (story_key, article_id, weight) values "
                + DuplicateFinder.tuples(keys.size(), 3));
        DuplicateFinder.bind(insertKeys, 1, rows);
        insertKeys.executeUpdate();

        Map<String, Long> increments = new TreeMap<>();
        keys.keySet().stream().filter(key -> frequencies.get(key) > 0).forEach(key -> {
            long increment = countedIncrement(articleId, key, frequencies.get(key));
            if (increment > 0) {
                increments.put(key, increment);
            }
        });
        List<String> first = keys.keySet().stream().filter(key -> frequencies.get(key) == 0).toList();
        if (!increments.isEmpty()) {
            count(increments);
        }
        if (!first.isEmpty()) {
            Query added = em.createNativeQuery("insert into story_key_frequency (story_key, articles) values "
                    + IntStream.rangeClosed(1, first.size()).mapToObj(i -> "(?" + i + ", 1)")
                            .collect(Collectors.joining(", ")));
            DuplicateFinder.bind(added, 1, first);
            added.executeUpdate();
        }
    }

    /** Adds to the counts of keys articles already carry, in one statement. */
    private void count(Map<String, Long> increments) {
        List<Object> cases = new ArrayList<>();
        increments.forEach((key, increment) -> cases.addAll(List.of(key, increment)));
        String whens = IntStream.range(0, increments.size())
                .mapToObj(i -> "when ?" + (2 * i + 1) + " then cast(?" + (2 * i + 2) + " as bigint)")
                .collect(Collectors.joining(" "));
        Query counted = em.createNativeQuery("update story_key_frequency set articles = articles + case story_key "
                + whens + " end where story_key in (" + DuplicateFinder.placeholders(cases.size() + 1,
                increments.size()) + ")");
        DuplicateFinder.bind(counted, 1, cases);
        DuplicateFinder.bind(counted, cases.size() + 1, List.copyOf(increments.keySet()));
        counted.executeUpdate();
    }
}
