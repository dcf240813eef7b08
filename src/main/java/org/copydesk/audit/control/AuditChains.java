package org.copydesk.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.copydesk.audit.control.AppendedHeads.Head;
import org.copydesk.audit.entity.AnchorView;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.audit.entity.AuditEntry;
import org.copydesk.audit.entity.AuditSeal;
import org.copydesk.audit.entity.AuditVerification;
import org.copydesk.audit.entity.ChainBreak;
import org.copydesk.audit.entity.ChainLink;
import org.copydesk.platform.TransactionLocks;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The hash chains of the audit trail. An article's entries form one chain, ordered by the article's row lock;
 * refusals (recorded in a transaction of their own, while the refused action may hold the article) and the desk's
 * own changes each form a chain ordered by a lock row of their own. Anchors record the chains' heads now and then,
 * so that a chain cut short after its last anchored entry is noticed too.
 */
@ApplicationScoped
public class AuditChains {

    static final String REFUSALS = "refusals";
    static final String DESK = "desk";
    private static final String ANCHORS = "anchors";
    private static final int BATCH = 1000;
    private static final int FETCH_SIZE = 2000;
    private static final String ID_SEQUENCE = "audit_entry_seq";
    private static final int ID_BLOCK = 50;
    private static final Logger LOG = Logger.getLogger(AuditChains.class.getName());
    private static final ThreadLocal<AuditSeal> SEALS = ThreadLocal.withInitial(AuditSeal::new);

    @PersistenceContext
    EntityManager em;

    private long nextId = 1;
    private long lastId;

    @Inject
    AppendedHeads appended;

    @Inject
    TransactionLocks locks;

    @Inject
    AuditChains self; // through the container, so that each batch gets a transaction of its own

    /**
     * Seals a new entry (its id assigned, not yet written) after the head of its chain, holding the chain's lock.
     * Nothing here makes the entry be written before it is sealed: it is written once, at the end of the transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditEntry entry) {
        entry.number(nextId());
        String chain = chainOf(entry.getArticleId() == null ? null : entry.getArticleId().toString(),
                entry.getAction());
        Head head = appended.of(chain).orElseGet(() -> {
            if (entry.getAction() == AuditAction.INGESTED) {
                // an article's chain begins with its ingest, in the transaction that writes the article: nothing
                // precedes it and nobody else sees the article yet, so there is neither a head to read nor a lock
                return Head.NONE;
            }
            lock(chain);
            return head(chain).orElse(Head.NONE);
        });
        entry.seal(chain, head.seq() + 1, head.hash(), SEALS.get());
        appended.appended(chain, new Head(entry.getChainSeq(), entry.getEntryHash()));
    }

    /**
     * A chain's head as a read of the transaction found it: if the transaction holds the chain's lock, its next
     * entry on the chain links to that head without reading the chain again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void headRead(String chain, long seq, String hash) {
        if (locks.holds(TransactionLocks.article(chain))) {
            appended.read(chain, new Head(seq, hash));
        }
    }

    /**
     * The next id from audit_entry_seq, fifty at a time: each value the sequence gives starts a block of fifty ids of
     * this node's (the sequence steps by fifty), above every id handed out before.
     */
    private synchronized long nextId() {
        if (nextId > lastId) {
            String nextValue = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                    .getDialect().getSequenceSupport().getSequenceNextValString(ID_SEQUENCE);
            nextId = ((Number) em.createNativeQuery(nextValue).setFlushMode(FlushModeType.COMMIT).getSingleResult())
                    .longValue();
            lastId = nextId + ID_BLOCK - 1;
        }
        return nextId++;
    }

    static String chainOf(String articleId, AuditAction action) {
        if (action == AuditAction.ACCESS_REFUSED) {
            return REFUSALS;
        }
        return articleId == null ? DESK : articleId;
    }

    private void lock(String chain) {
        if (chain.equals(REFUSALS) || chain.equals(DESK) || chain.equals(ANCHORS)) {
            em.createNativeQuery("select name from audit_chain_lock where name = ?1 for update")
                    .setParameter(1, chain).setFlushMode(FlushModeType.COMMIT).getResultList();
        } else if (!locks.holds(TransactionLocks.article(chain))) {
            // an article written in this transaction is not visible to anyone else yet, locked or not
            em.createNativeQuery("select id from article where id = ?1 for update")
                    .setParameter(1, java.util.UUID.fromString(chain)).setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            locks.hold(TransactionLocks.article(chain));
        }
    }

    /** The chain's head as stored; what this transaction appended is known without it (see {@link #append}). */
    private Optional<Head> head(String chain) {
        return em.createQuery("select e.chainSeq, e.entryHash from AuditEntry e where e.chainKey = :chain"
                        + " and e.chainSeq is not null order by e.chainSeq desc", Object[].class)
                .setParameter("chain", chain)
                .setFlushMode(FlushModeType.COMMIT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new Head((Long) row[0], (String) row[1]));
    }

    /**
     * Seals the entries written before the seals existed, chain by chain in the order of their ids, after whatever
     * their chains hold already. Runs at start-up, before the engine takes work.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void sealOlderEntries() {
        long sealed = 0;
        int batch;
        do {
            batch = self.sealBatch();
            sealed += batch;
        } while (batch == BATCH);
        if (sealed > 0) {
            long count = sealed;
            LOG.info(() -> "Sealed " + count + " audit entries written before the hash chains");
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealBatch() {
        List<AuditEntry> unsealed = em.createQuery("select e from AuditEntry e where e.entryHash is null order by e.id",
                AuditEntry.class).setMaxResults(BATCH).getResultList();
        Map<String, Head> heads = new HashMap<>();
        for (AuditEntry entry : unsealed) {
            String chain = chainOf(entry.getArticleId() == null ? null : entry.getArticleId().toString(),
                    entry.getAction());
            Head head = heads.computeIfAbsent(chain, key -> {
                em.flush();
                return head(key).orElse(Head.NONE);
            });
            entry.seal(chain, head.seq() + 1, head.hash(), SEALS.get());
            heads.put(chain, new Head(entry.getChainSeq(), entry.getEntryHash()));
        }
        return unsealed.size();
    }

    /** Records the head of every chain that moved since the last anchor, chained to that anchor. */
    @Transactional
    public AnchorView anchor() {
        lock(ANCHORS);
        Map<String, Long> anchored = new HashMap<>();
        em.createNativeQuery("select chain_key, max(chain_seq) from audit_anchor_head group by chain_key")
                .getResultStream()
                .forEach(row -> anchored.put((String) ((Object[]) row)[0], ((Number) ((Object[]) row)[1]).longValue()));
        TreeMap<String, Head> moved = new TreeMap<>();
        em.createNativeQuery("select chain_key, chain_seq, entry_hash from audit_entry where (chain_key, chain_seq) in"
                        + " (select chain_key, max(chain_seq) from audit_entry where chain_key is not null"
                        + " group by chain_key)")
                .getResultStream()
                .forEach(result -> {
                    Object[] row = (Object[]) result;
                    long seq = ((Number) row[1]).longValue();
                    if (seq > anchored.getOrDefault((String) row[0], 0L)) {
                        moved.put((String) row[0], new Head(seq, (String) row[2]));
                    }
                });
        Optional<AnchorView> last = lastAnchor();
        if (moved.isEmpty() && last.isPresent()) {
            return last.get();
        }
        String previous = last.map(AnchorView::anchorHash).orElse(null);
        // the anchors' lock row is held: no other anchor takes the next number meanwhile
        long id = count("select coalesce(max(id), 0) + 1 from audit_anchor");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String hash = anchorHash(id, previous, moved);
        em.createNativeQuery("insert into audit_anchor (id, created_at, chains, previous_hash, anchor_hash)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, now).setParameter(3, moved.size())
                .setParameter(4, previous).setParameter(5, hash).executeUpdate();
        for (Map.Entry<String, Head> head : moved.entrySet()) {
            em.createNativeQuery("insert into audit_anchor_head (anchor_id, chain_key, chain_seq, entry_hash)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, head.getKey()).setParameter(3, head.getValue().seq())
                    .setParameter(4, head.getValue().hash()).executeUpdate();
        }
        return new AnchorView(id, now, moved.size(), previous, hash);
    }

    private static String anchorHash(long id, String previous, Map<String, Head> heads) {
        StringBuilder content = new StringBuilder().append(id).append('\n').append(previous).append('\n');
        heads.forEach((chain, head) -> content.append(chain).append(' ').append(head.seq()).append(' ')
                .append(head.hash()).append('\n'));
        return sha256(content.toString());
    }

    private static String sha256(String content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public Optional<AnchorView> lastAnchor() {
        return anchors(1).stream().findFirst();
    }

    @Transactional
    public List<AnchorView> anchors(int limit) {
        return em.createNativeQuery("select id, created_at, chains, previous_hash, anchor_hash from audit_anchor"
                        + " order by id desc")
                .setMaxResults(limit)
                .getResultStream()
                .map(result -> {
                    Object[] row = (Object[]) result;
                    return new AnchorView(((Number) row[0]).longValue(), instant(row[1]), ((Number) row[2]).intValue(),
                            (String) row[3], (String) row[4]);
                })
                .toList();
    }

    /**
     * Re-reads every entry and every anchor and checks each seal, each link and each anchored head; names the
     * first break found, anchors first (a forged anchor makes its heads worthless), then chains in chain order.
     */
    @Transactional
    public AuditVerification verify() {
        long started = System.nanoTime();
        Map<String, NavigableMap<Long, String>> anchoredHeads = new HashMap<>();
        ChainBreak anchorBreak = verifyAnchors(anchoredHeads);
        long anchors = count("select count(*) from audit_anchor");
        if (anchorBreak != null) {
            return verification(anchorBreak, 0, 0, anchors, started);
        }
        ChainWalk walk = new ChainWalk(anchoredHeads);
        try (Stream<ChainLink> links = links("order by chain_key nulls first, chain_seq, id", Map.of())) {
            links.takeWhile(walk::accept).forEach(link -> { });
        }
        return verification(walk.finish(), walk.entries(), walk.chains(), anchors, started);
    }

    private static AuditVerification verification(ChainBreak found, long entries, long chains, long anchors,
                                                  long started) {
        return new AuditVerification(found == null, entries, chains, anchors, found, Instant.now(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private ChainBreak verifyAnchors(Map<String, NavigableMap<Long, String>> anchoredHeads) {
        List<AnchorView> anchors = new ArrayList<>(anchors(Integer.MAX_VALUE));
        java.util.Collections.reverse(anchors);
        Map<Long, TreeMap<String, Head>> heads = new HashMap<>();
        em.createNativeQuery("select anchor_id, chain_key, chain_seq, entry_hash from audit_anchor_head")
                .getResultStream()
                .forEach(result -> {
                    Object[] row = (Object[]) result;
                    long seq = ((Number) row[2]).longValue();
                    heads.computeIfAbsent(((Number) row[0]).longValue(), key -> new TreeMap<>())
                            .put((String) row[1], new Head(seq, (String) row[3]));
                    ChainWalk.addAnchoredHead(anchoredHeads, (String) row[1], seq, (String) row[3]);
                });
        String previous = null;
        for (AnchorView anchor : anchors) {
            if (!java.util.Objects.equals(previous, anchor.previousHash())) {
                return new ChainBreak(null, ANCHORS, anchor.id(), null,
                        "anchor " + anchor.id() + " does not link to the anchor before it");
            }
            if (!anchorHash(anchor.id(), previous, heads.getOrDefault(anchor.id(), new TreeMap<>()))
                    .equals(anchor.anchorHash())) {
                return new ChainBreak(null, ANCHORS, anchor.id(), null,
                        "anchor " + anchor.id() + " no longer matches the heads it recorded");
            }
            previous = anchor.anchorHash();
        }
        return null;
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    /** The entries of one article, or of a period, in the order they were written, for export. */
    @Transactional
    public List<ChainLink> trail(String articleId, Instant from, Instant to, int limit) {
        StringBuilder where = new StringBuilder("where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (articleId != null) {
            where.append(" and article_id = :article");
            parameters.put("article", java.util.UUID.fromString(articleId));
        }
        if (from != null) {
            where.append(" and occurred_at >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" and occurred_at < :to");
            parameters.put("to", to);
        }
        try (Stream<ChainLink> links = links(where + " order by occurred_at, id", parameters)) {
            return links.limit(limit).toList();
        }
    }

    private Stream<ChainLink> links(String clauses, Map<String, Object> parameters) {
        var query = em.createNativeQuery("select id, chain_key, chain_seq, cast(article_id as varchar(36)), actor, actor_subject, action,"
                + " from_state, to_state, task_id, task_key, detail, occurred_at, previous_hash, entry_hash"
                + " from audit_entry " + clauses);
        parameters.forEach(query::setParameter);
        return query.setHint("org.hibernate.fetchSize", FETCH_SIZE)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .map(result -> {
                    Object[] row = (Object[]) result;
                    return new ChainLink(((Number) row[0]).longValue(), (String) row[1],
                            row[2] == null ? null : ((Number) row[2]).longValue(),
                            row[3] == null ? null : row[3].toString(), (String) row[4], (String) row[5],
                            (String) row[6], (String) row[7], (String) row[8], (String) row[9], (String) row[10],
                            text(row[11]), instant(row[12]), (String) row[13], (String) row[14]);
                });
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + (value == null ? null : value.getClass()));
    }

}
