package org.copydesk.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.copydesk.ingest.entity.Article;
import org.copydesk.triage.entity.NearDuplicateSignature;
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
