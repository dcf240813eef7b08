package org.copydesk.audit.control;

import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.copydesk.audit.entity.AuditSeal;
import org.copydesk.audit.entity.AuditVerification;
import org.copydesk.audit.entity.ChainLink;
import org.copydesk.it.StandalonePersistence;
import org.hibernate.SessionFactory;

/**
 * How fast the audit trail is verified: {@link AuditChains#verify()} reading sealed entries from a database
 * (H2 in memory, migrated with the application's migrations) and the {@link ChainWalk} over the same entries in
 * memory, each against the baseline measured in the same run: plain SHA-256 over the very bytes each seal covers.
 * The target is 50,000 entries a second through the database.
 *
 * <p>A main class, not a test. Arguments: the number of articles (20000) and entries per article (10).
 */
public final class AuditVerificationBenchmark {

    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int perArticle = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        StandalonePersistence.quietLogging();
        List<ChainLink> links = sealedChains(articles, perArticle);
        AuditSeal seal = new AuditSeal();
        List<byte[]> bytes = links.stream().map(seal::bytesOf).toList();

        String url = "jdbc:h2:mem:audit-benchmark-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        StandalonePersistence.migrate(url, "sa", "");
        store(url, links);
        SessionFactory sessions = StandalonePersistence.sessionFactory(url, "sa", "");
        EntityManager em = sessions.createEntityManager();
        AuditChains chains = new AuditChains();
        chains.em = em;

        double baseline = 0;
        double walked = 0;
        double verified = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            baseline = perSecond(links.size(), () -> plainSha256(bytes));
            walked = perSecond(links.size(), () -> walk(links));
            em.getTransaction().begin();
            long started = System.nanoTime();
            AuditVerification verification = chains.verify();
            verified = links.size() / ((System.nanoTime() - started) / 1e9);
            em.getTransaction().rollback();
            em.clear();
            if (!verification.intact() || verification.entries() != links.size()) {
                System.out.println("Verification did not find the stored chains intact: " + verification);
                System.exit(1);
            }
            System.out.printf(Locale.ROOT, "round %d: baseline SHA-256 %,.0f entries/s, chain walk in memory %,.0f"
                    + " entries/s, verify through the database %,.0f entries/s%n", round, baseline, walked, verified);
        }
        System.out.printf(Locale.ROOT, "%,d entries in %,d chains%n", links.size(), articles);
        System.out.printf(Locale.ROOT, "verify through the database: %,.0f entries/s (target 50,000), %.2f of the"
                + " SHA-256 baseline%n", verified, verified / baseline);
        System.out.printf(Locale.ROOT, "chain walk in memory: %,.0f entries/s, %.2f of the SHA-256 baseline%n",
                walked, walked / baseline);
        em.close();
        sessions.close();
    }

    private static List<ChainLink> sealedChains(int articles, int perArticle) {
        AuditSeal seal = new AuditSeal();
        List<ChainLink> links = new ArrayList<>(articles * perArticle);
        Instant start = Instant.parse("2026-11-01T08:00:00Z");
        long id = 1;
        String[] actions = {"INGESTED", "INTAKE_COMPLETED", "STATE_CHANGED", "TASK_CLAIMED", "TASK_COMPLETED"};
        for (int a = 0; a < articles; a++) {
            String article = new UUID(0x5eed, a).toString();
            String previous = null;
            for (int seq = 1; seq <= perArticle; seq++) {
                ChainLink unsealed = new ChainLink(id++, article, (long) seq, article, seq % 2 == 0 ? "triage" : "system",
                        seq % 2 == 0 ? UUID.nameUUIDFromBytes(article.getBytes()).toString() : null,
                        actions[seq % actions.length], "TRIAGE", seq % 3 == 0 ? "FACT_CHECK" : null,
                        "task-" + a + "-" + seq, "triage", seq == 1 ? "from wire-test; on node node-1" : null,
                        start.plus(a * 60L + seq, ChronoUnit.SECONDS).plusNanos(123_000), previous, null);
                String hash = seal.of(unsealed);
                links.add(withHash(unsealed, hash));
                previous = hash;
            }
        }
        return links;
    }

    private static ChainLink withHash(ChainLink link, String hash) {
        return new ChainLink(link.id(), link.chainKey(), link.chainSeq(), link.articleId(), link.actor(),
                link.actorSubject(), link.action(), link.fromState(), link.toState(), link.taskId(), link.taskKey(),
                link.detail(), link.occurredAt(), link.previousHash(), hash);
    }

    private static void store(String url, List<ChainLink> links) throws Exception {
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                statement.execute("set referential_integrity false");
            }
            try (PreparedStatement insert = db.prepareStatement("insert into audit_entry (id, chain_key, chain_seq,"
                    + " article_id, actor, actor_subject, action, from_state, to_state, task_id, task_key, detail,"
                    + " occurred_at, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int batched = 0;
                for (ChainLink link : links) {
                    insert.setLong(1, link.id());
                    insert.setString(2, link.chainKey());
                    insert.setLong(3, link.chainSeq());
                    insert.setObject(4, UUID.fromString(link.articleId()));
                    insert.setString(5, link.actor());
                    insert.setString(6, link.actorSubject());
                    insert.setString(7, link.action());
                    insert.setString(8, link.fromState());
                    insert.setString(9, link.toState());
                    insert.setString(10, link.taskId());
                    insert.setString(11, link.taskKey());
                    insert.setString(12, link.detail());
                    insert.setObject(13, link.occurredAt().atOffset(java.time.ZoneOffset.UTC));
                    insert.setString(14, link.previousHash());
                    insert.setString(15, link.entryHash());
                    insert.addBatch();
                    if (++batched % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
    }

    private static void plainSha256(List<byte[]> bytes) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            int sink = 0;
            for (byte[] entry : bytes) {
                sink += sha256.digest(entry)[0];
            }
            if (sink == Integer.MIN_VALUE) {
                System.out.println(sink);
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(List<ChainLink> links) {
        ChainWalk walk = new ChainWalk();
        links.forEach(walk::accept);
        if (walk.finish() != null) {
            throw new IllegalStateException("The generated chains do not verify: " + walk.finish());
        }
    }

    private static double perSecond(int entries, Runnable work) {
        long started = System.nanoTime();
        work.run();
        return entries / ((System.nanoTime() - started) / 1e9);
    }
}
