package org.copydesk.triage.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.copydesk.triage.entity.NearDuplicateSignature;

/**
 * Near-duplicate signatures: 5-word shingles of the folded working text, 128 MinHash values, and 32 LSH bands of
 * 4 rows. Two texts with shingle Jaccard similarity s share at least one band key with probability
 * 1 - (1 - s^4)^32: about 0.98 at s = 0.5 and 0.06 at s = 0.2.
 * Hashes are seeded constants, so signatures stay comparable across runs, machines and releases.
 */
public final class MinHash {

    public static final int SHINGLE_WORDS = 5;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long state = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private MinHash() {
    }

    public static NearDuplicateSignature sign(String workingText) {
        int[] signature = signature(TextNormalizer.words(workingText));
        return new NearDuplicateSignature(sha256(workingText), signature, bandKeys(signature));
    }

    /** MinHash over the word shingles; a text shorter than one shingle is one shingle. */
    public static int[] signature(List<String> words) {
        int[] minimum = new int[HASHES];
        Arrays.fill(minimum, Integer.MAX_VALUE);
        int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
        for (int s = 0; s < shingles; s++) {
            long shingle = hash(words, s, Math.min(words.size(), s + SHINGLE_WORDS));
            for (int i = 0; i < HASHES; i++) {
                int value = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
                if (value < minimum[i]) {
                    minimum[i] = value;
                }
            }
        }
        return minimum;
    }

    /** One key per band; the band number is part of the key, so keys of different bands never collide. */
    public static long[] bandKeys(int[] signature) {
        if (signature.length != HASHES) {
            throw new IllegalArgumentException("expected " + HASHES + " hashes, got " + signature.length);
        }
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = mix(band + 1L);
            for (int row = 0; row < ROWS; row++) {
                key = mix(key ^ (signature[band * ROWS + row] & 0xFFFFFFFFL));
            }
            keys[band] = key;
        }
        return keys;
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("signatures of different sizes");
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) a.length;
    }

    public static double similarity(NearDuplicateSignature a, NearDuplicateSignature b) {
        return similarity(a.minHash(), b.minHash());
    }

    /** Whether the two signatures share a band key, i.e. the server's index would offer one for the other. */
    public static boolean areCandidates(NearDuplicateSignature a, NearDuplicateSignature b) {
        long[] keysA = a.bandKeys();
        long[] keysB = b.bandKeys();
        for (int band = 0; band < BANDS; band++) {
            if (keysA[band] == keysB[band]) {
                return true;
            }
        }
        return false;
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** FNV-1a over the shingle's words, a space between them. */
    private static long hash(List<String> words, int from, int to) {
        long hash = 0xcbf29ce484222325L;
        for (int w = from; w < to; w++) {
            String word = words.get(w);
            for (int i = 0; i < word.length(); i++) {
                hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ ' ') * 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finalizer. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
