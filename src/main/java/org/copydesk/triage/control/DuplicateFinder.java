package org.copydesk.triage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.sql.Blob;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copydesk.triage.entity.NearDuplicateSignature;

/**
 * Finds an earlier article with the same or nearly the same text, through indexed lookups only: the content hash,
 * then the MinHash band keys (articles sharing a band are candidates, and only candidates are compared).
 */
@ApplicationScoped
public class DuplicateFinder {

    /** Estimated Jaccard similarity of word shingles from which two texts count as near-duplicates. */
    public static final double NEAR_DUPLICATE = 0.8;
    static final int CANDIDATES = 50;

    @PersistenceContext
    EntityManager em;

    public record Match(UUID articleId, double similarity, boolean exact) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Match> earlierCopyOf(UUID articleId, NearDuplicateSignature signature) {
        List<?> exact = em.createNativeQuery("select s.article_id from article_signature s join article a on a.id ="
                        + " s.article_id where s.content_sha256 = ?1 and s.article_id <> ?2 order by a.received_at")
                .setParameter(1, signature.contentSha256())
                .setParameter(2, articleId)
                .setMaxResults(1)
                .getResultList();
        if (!exact.isEmpty()) {
            return Optional.of(new Match(asUuid(exact.get(0)), 1.0, true));
        }
        List<Long> bands = Arrays.stream(signature.bandKeys()).boxed().toList();
        // Stock sentences ("did not respond to a request for comment") give some bands hundreds of articles:
        // the candidates sharing the most bands, the likeliest copies, come first.
        Query lookup = em.createNativeQuery("select b.article_id from article_band b where b.article_id <> ?1"
                + " and b.band_key in (" + placeholders(2, bands.size()) + ")"
                + " group by b.article_id order by count(*) desc");
        lookup.setParameter(1, articleId);
        bind(lookup, 2, bands);
        List<?> candidates = lookup.setMaxResults(CANDIDATES).getResultList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Query signatures = em.createNativeQuery("select article_id, min_hash from article_signature"
                + " where article_id in (" + placeholders(1, candidates.size()) + ")");
        bind(signatures, 1, candidates);
        Match best = null;
        for (Object row : signatures.getResultList()) {
            Object[] columns = (Object[]) row;
            double similarity = MinHash.similarity(signature.minHash(), toInts(bytesOf(columns[1])));
            if (similarity >= NEAR_DUPLICATE && (best == null || similarity > best.similarity())) {
                best = new Match(asUuid(columns[0]), similarity, false);
            }
        }
        return Optional.ofNullable(best);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(UUID articleId, NearDuplicateSignature signature) {
        em.createNativeQuery("insert into article_signature (article_id, content_sha256, min_hash) values (?1, ?2, ?3)")
                .setParameter(1, articleId)
                .setParameter(2, signature.contentSha256())
                .setParameter(3, toBytes(signature.minHash()))
                .executeUpdate();
        long[] bands = signature.bandKeys();
        if (bands.length == 0) {
            return;
        }
        List<Object> rows = new ArrayList<>();
        for (long band : bands) {
            rows.add(band);
            rows.add(articleId);
        }
        // one statement for all the bands, not one each
        Query insertBands = em.createNativeQuery("insert into article_band (band_key, article_id) values "
                + tuples(bands.length, 2));
        bind(insertBands, 1, rows);
        insertBands.executeUpdate();
    }

    /** Rows of positional placeholders for a multi-row insert: (?1, ?2), (?3, ?4), ... */
    static String tuples(int rows, int columns) {
        StringBuilder tuples = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            tuples.append(row == 0 ? "(" : ", (").append(placeholders(1 + row * columns, columns)).append(')');
        }
        return tuples.toString();
    }

    /**
     * Positional placeholders for an IN list, written out: a collection bound to one parameter is expanded by
     * some databases' drivers and silently compared as one array value by others.
     */
    static String placeholders(int first, int count) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return list.toString();
    }

    static void bind(Query query, int first, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(first + i, values.get(i));
        }
    }

    /** A uuid column as a native query returns it: PostgreSQL gives a UUID, H2 its sixteen bytes. */
    static UUID asUuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    /** A binary column as a native query returns it: PostgreSQL gives the bytes, H2 a Blob. */
    private static byte[] bytesOf(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        try {
            Blob blob = (Blob) value;
            return blob.getBytes(1, (int) blob.length());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read a stored signature", e);
        }
    }

    private static byte[] toBytes(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    private static int[] toInts(byte[] bytes) {
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }
}
