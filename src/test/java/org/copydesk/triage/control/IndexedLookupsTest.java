package org.copydesk.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.copydesk.it.StandalonePersistence;
import org.copydesk.ingest.entity.Article;
import org.copydesk.triage.entity.NearDuplicateSignature;
import org.copydesk.triage.entity.Story;
import org.copydesk.triage.entity.StoryFingerprint;
import org.flywaydb.core.api.MigrationVersion;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The duplicate and story lookups on the migrated schema in H2 (the server's default database), among articles
 * that share bands and keys with the one looked up without being about the same thing. Each test runs in a
 * transaction that is rolled back.
 */
class IndexedLookupsTest {

    private static SessionFactory sessionFactory;

    private final Random random = new Random(7);
    private EntityManager em;
    private DuplicateFinder duplicates;
    private StoryClusterer stories;

    @BeforeAll
    static void migrate() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        StandalonePersistence.migrate(url, "sa", "");
        sessionFactory = StandalonePersistence.sessionFactory(url, "sa", "");
    }

    @AfterAll
    static void close() {
        sessionFactory.close();
    }

    @BeforeEach
    void begin() {
        em = sessionFactory.createEntityManager();
        duplicates = new DuplicateFinder();
        duplicates.em = em;
        stories = new StoryClusterer();
        stories.em = em;
        em.getTransaction().begin();
    }

    @AfterEach
    void rollBack() {
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void nearDuplicateIsFoundAmongMoreArticlesSharingABandThanAreCompared() {
        int[] probe = randomMinHash();
        long[] probeBands = MinHash.bandKeys(probe);
        // the band an index reads first: articles that only share it must not crowd out the copy
        int first = 0;
        for (int band = 1; band < MinHash.BANDS; band++) {
            first = probeBands[band] < probeBands[first] ? band : first;
        }
        for (int i = 0; i < DuplicateFinder.CANDIDATES + 10; i++) {
            int[] unrelated = randomMinHash();
            System.arraycopy(probe, first * MinHash.ROWS, unrelated, first * MinHash.ROWS, MinHash.ROWS);
            duplicates.remember(stored("unrelated " + i).getId(), signature(unrelated));
        }
        int[] copy = probe.clone();
        copy[first * MinHash.ROWS] ^= 1;
        UUID copyId = stored("copy").getId();
        duplicates.remember(copyId, signature(copy));

        Optional<DuplicateFinder.Match> match = duplicates.earlierCopyOf(stored("probe").getId(), signature(probe));

        assertThat(match).hasValueSatisfying(found -> {
            assertThat(found.articleId()).isEqualTo(copyId);
            assertThat(found.exact()).isFalse();
            assertThat(found.similarity()).isGreaterThanOrEqualTo(DuplicateFinder.NEAR_DUPLICATE);
        });
    }

    @Test
    void storyIsFoundThroughItsRareKeysAmongArticlesSharingItsCommonOnes() {
        Map<String, Double> common = Map.of("year:2025", 1.0, "name:monday", 0.5, "acronym:eu", 0.5,
                "name:paris", 0.5, "name:maria", 0.5, "name:group", 0.5);
        int unrelated = StoryClusterer.LOOKUP_POSTINGS / 4;
        storeWithoutStory(unrelated, common);
        Map<String, Double> event = new HashMap<>(common);
        event.putAll(Map.of("name:varlen", 2.0, "name:kadrin", 2.0, "acronym:xqt", 2.0, "number:4300", 0.5,
                "name:tekrainik", 2.0, "year:2019", 1.0));
        Article first = stored("Kadrin to close Tekrainik plant");
        Story eventStory = stories.place(first, new StoryFingerprint(event), Instant.parse("2025-03-01T09:00:00Z"));
        first.moveToStory(eventStory.getId());

        Map<String, Double> retelling = new HashMap<>(common);
        retelling.putAll(Map.of("name:varlen", 2.0, "name:kadrin", 2.0, "name:tekrainik", 2.0, "number:4300", 0.5,
                "name:ruiz", 2.0));
        Article second = stored("Kadrin ferme son usine");
        Story placed = stories.place(second, new StoryFingerprint(retelling),
                Instant.parse("2025-03-01T10:00:00Z"));

        assertThat(placed.getId()).isEqualTo(eventStory.getId());
        long addedByFirst = StoryClusterer.countedIncrement(first.getId(), "year:2025", unrelated);
        assertThat(frequency("year:2025")).isEqualTo(unrelated + addedByFirst
                + StoryClusterer.countedIncrement(second.getId(), "year:2025", unrelated + addedByFirst));
        assertThat(frequency("name:kadrin")).isEqualTo(2);
        assertThat(frequency("name:ruiz")).isEqualTo(1);
        assertThat(frequency("acronym:xqt")).isEqualTo(1);
    }

    @Test
    void keysCarriedByTooManyArticlesAreNotLookedUpUnlessNoOtherIs() {
        Map<String, Long> frequencies = Map.of("year:2025", 40_000L, "acronym:eu", 4_900L, "name:kadrin", 3L,
                "number:4300", 120L, "name:ruiz", 0L);

        assertThat(StoryClusterer.lookupKeys(frequencies)).containsExactly("name:kadrin", "number:4300");
        assertThat(StoryClusterer.lookupKeys(Map.of("year:2025", 40_000L, "name:monday", 9_000L)))
                .containsExactly("name:monday");
        assertThat(StoryClusterer.lookupKeys(Map.of("name:ruiz", 0L))).isEmpty();
    }

    @Test
    void placementHoldsItsNewKeysAndTheRareNamesItLooksUpButNotCommonNamesNorKnownFiguresAndYears() {
        Map<String, Long> frequencies = Map.of("year:2025", 40_000L, "acronym:eu", 4_900L, "name:kadrin", 3L,
                "number:4300", 120L, "year:2019", 12L, "name:paris", 400L, "name:ruiz", 0L, "number:17", 0L);

        assertThat(StoryClusterer.lookupKeys(frequencies)).contains("number:4300", "year:2019", "name:paris");
        assertThat(StoryClusterer.keysToLock(frequencies)).containsExactly("name:kadrin", "name:ruiz", "number:17");
        assertThat(StoryClusterer.slotOf("name:kadrin")).isBetween(0, StoryClusterer.LOCK_SLOTS - 1)
                .isEqualTo(StoryClusterer.slotOf(new String("name:kadrin")));
    }

    @Test
    void countsOfCommonKeysStayRightOnAverageWhileFewPlacementsWriteThem() {
        Random ids = new Random(11);
        long count = 0;
        int writes = 0;
        int articles = 40_000;
        for (int i = 0; i < articles; i++) {
            long increment = StoryClusterer.countedIncrement(new UUID(ids.nextLong(), ids.nextLong()), "year:2025",
                    count);
            if (count < StoryClusterer.COUNTED_ONE_BY_ONE) {
                assertThat(increment).isEqualTo(1);
            }
            count += increment;
            writes += increment > 0 ? 1 : 0;
        }

        assertThat(count).isBetween(articles * 9L / 10, articles * 11L / 10);
        assertThat(writes).isLessThan(articles / 50);
        assertThat(StoryClusterer.countedIncrement(UUID.randomUUID(), "name:kadrin", 3)).isEqualTo(1);
    }

    @Test
    void migrationCountsTheKeysStoredBeforeIt() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        StandalonePersistence.migrate(url, "sa", "", MigrationVersion.fromVersion("3"));
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            for (int i = 0; i < 3; i++) {
                UUID article = insertArticle(connection, "article " + i);
                insertKey(connection, "year:2025", article);
                insertKey(connection, "name:article" + i, article);
            }
            StandalonePersistence.migrate(url, "sa", "");

            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select story_key, articles from story_key_frequency order by story_key")) {
                Map<String, Long> frequencies = new HashMap<>();
                while (rows.next()) {
                    frequencies.put(rows.getString(1), rows.getLong(2));
                }
                assertThat(frequencies).isEqualTo(Map.of("year:2025", 3L, "name:article0", 1L, "name:article1", 1L,
                        "name:article2", 1L));
            }
        }
    }

    /** Articles stored before the key frequencies were counted, each with the common keys and four of its own. */
    private void storeWithoutStory(int count, Map<String, Double> commonKeys) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement key = connection.prepareStatement(
                    "insert into story_key (story_key, article_id, weight) values (?, ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    UUID article = insertArticle(connection, "unrelated " + i);
                    Map<String, Double> keys = new HashMap<>(commonKeys);
                    for (int own = 0; own < 4; own++) {
                        keys.put("name:unrelated" + i + "x" + own, 2.0);
                    }
                    for (Map.Entry<String, Double> entry : keys.entrySet()) {
                        key.setString(1, entry.getKey());
                        key.setObject(2, article);
                        key.setDouble(3, entry.getValue());
                        key.addBatch();
                    }
                }
                key.executeBatch();
            }
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into story_key_frequency (story_key, articles)"
                        + " select story_key, count(*) from story_key group by story_key");
            }
        });
    }

    private long frequency(String key) {
        return ((Number) em.createNativeQuery("select articles from story_key_frequency where story_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue();
    }

    private static UUID insertArticle(Connection connection, String title) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement article = connection.prepareStatement("insert into article (id, title, source,"
                + " media_type, original_content, working_text, content_hash, received_at, updated_at, state, version)"
                + " values (?, ?, 'test', 'text/plain', ?, ?, ?, ?, ?, 'PUBLISHED', 0)")) {
            Timestamp received = Timestamp.from(Instant.parse("2025-02-01T08:00:00Z"));
            article.setObject(1, id);
            article.setString(2, title);
            article.setBytes(3, title.getBytes(StandardCharsets.UTF_8));
            article.setString(4, title);
            article.setString(5, id.toString().replace("-", ""));
            article.setTimestamp(6, received);
            article.setTimestamp(7, received);
            article.executeUpdate();
        }
        return id;
    }

    private static void insertKey(Connection connection, String key, UUID article) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into story_key (story_key, article_id, weight) values (?, ?, 1.0)")) {
            insert.setString(1, key);
            insert.setObject(2, article);
            insert.executeUpdate();
        }
    }

    private Article stored(String title) {
        Article article = new Article(title, "test", null, "en", "text/plain",
                title.getBytes(StandardCharsets.UTF_8), title, UUID.randomUUID().toString().replace("-", ""),
                Instant.parse("2025-03-01T08:00:00Z"));
        em.persist(article);
        em.flush();
        return article;
    }

    private int[] randomMinHash() {
        int[] minHash = new int[MinHash.HASHES];
        for (int i = 0; i < minHash.length; i++) {
            minHash[i] = random.nextInt();
        }
        return minHash;
    }

    private NearDuplicateSignature signature(int[] minHash) {
        return new NearDuplicateSignature(UUID.randomUUID().toString(), minHash, MinHash.bandKeys(minHash));
    }
}
