package org.copydesk.factcheck.entity;

/**
 * Ratings a fact-checker gives a claim, on schema.org's 1 (worst) to 5 (best) scale.
 */
public enum ReviewRating {
    FALSE(1, "False"),
    MOSTLY_FALSE(2, "Mostly false"),
    DISPUTED(3, "Disputed"),
    MOSTLY_TRUE(4, "Mostly true"),
    TRUE(5, "True");

    private final int ratingValue;
    private final String alternateName;

    ReviewRating(int ratingValue, String alternateName) {
        this.ratingValue = ratingValue;
        this.alternateName = alternateName;
    }

    public int ratingValue() {
        return ratingValue;
    }

    public String alternateName() {
        return alternateName;
    }
}
