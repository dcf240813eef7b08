package org.copydesk.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SHA-256 seal of an audit entry: its content, its place in its chain and the seal of the entry before it.
 * Each field goes in with its length (or -1 for none), so no two different entries give the same bytes.
 * Not thread-safe: one per thread.
 */
public final class AuditSeal {

    private final MessageDigest sha256;
    private byte[] buffer = new byte[512];
    private int length;

    public AuditSeal() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The seal of this entry, whatever seal it carries itself. */
    public String of(ChainLink link) {
        return HexFormat.of().formatHex(sha256.digest(bytesOf(link)));
    }

    /** The bytes the seal is taken over; the benchmark hashes the same bytes as its baseline. */
    public byte[] bytesOf(ChainLink link) {
        length = 0;
        putLong(link.id());
        put(link.chainKey());
        putLong(link.chainSeq() == null ? -1 : link.chainSeq());
        put(link.articleId());
        put(link.actor());
        put(link.actorSubject());
        put(link.action());
        put(link.fromState());
        put(link.toState());
        put(link.taskId());
        put(link.taskKey());
        put(link.detail());
        Instant at = link.occurredAt();
        putLong(at == null ? Long.MIN_VALUE : at.getEpochSecond());
        putLong(at == null ? 0 : at.getNano());
        put(link.previousHash());
        return java.util.Arrays.copyOf(buffer, length);
    }

    private void put(String field) {
        if (field == null) {
            putLong(-1);
            return;
        }
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        putLong(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void putLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[length++] = (byte) (value >>> shift);
        }
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
