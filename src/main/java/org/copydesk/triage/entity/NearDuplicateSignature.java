package org.copydesk.triage.entity;

import java.util.Arrays;

/**
 * What the server stores to find copies of an article without scanning.
 *
 * @param contentSha256 hex SHA-256 of the normalized working text: equal means identical copy
 * @param minHash       MinHash signature over word shingles
 * @param bandKeys      one LSH key per band, the band number mixed in, so one indexed column holds them all:
 *                      two articles sharing any key are near-duplicate candidates
 */
public record NearDuplicateSignature(String contentSha256, int[] minHash, long[] bandKeys) {

    public NearDuplicateSignature {
        minHash = minHash.clone();
        bandKeys = bandKeys.clone();
    }

    @Override
    public int[] minHash() {
        return minHash.clone();
    }

    @Override
    public long[] bandKeys() {
        return bandKeys.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NearDuplicateSignature that
                && contentSha256.equals(that.contentSha256)
                && Arrays.equals(minHash, that.minHash)
                && Arrays.equals(bandKeys, that.bandKeys);
    }

    @Override
    public int hashCode() {
        return contentSha256.hashCode();
    }

    @Override
    public String toString() {
        return "NearDuplicateSignature[" + contentSha256 + ", " + minHash.length + " hashes, "
                + bandKeys.length + " bands]";
    }
}
