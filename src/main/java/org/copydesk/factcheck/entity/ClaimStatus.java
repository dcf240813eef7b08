package org.copydesk.factcheck.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a claim stands in the ledger: every claim starts unchecked, and a fact-checker rates it. */
public enum ClaimStatus {
    UNCHECKED, VERIFIED, DISPUTED, FALSE, UNVERIFIABLE;

    public static Optional<ClaimStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
    }

    /** Ratings that get a schema.org ClaimReview for publishing. */
    public boolean isReviewed() {
        return this == FALSE || this == DISPUTED;
    }
}
