package org.copydesk.factcheck.control;

import static org.copydesk.platform.JsonDocuments.JSON;

import java.time.LocalDate;

import jakarta.json.JsonObjectBuilder;

import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ReviewRating;

/**
 * Builds a schema.org ClaimReview JSON-LD document for a reviewed claim, for embedding in the
 * published fact-check page. Needs a JSON-P implementation at run time (the server's).
 *
 * <pre>{@code
 * String jsonLd = ClaimReviewDocument.builder()
 *         .claimReviewed(claim)
 *         .rating(ReviewRating.FALSE)
 *         .appearance("https://example.org/article", "Example Daily")
 *         .reviewer("Copydesk Fact Check", "https://factcheck.example.org")
 *         .datePublished(LocalDate.of(2025, 11, 20))
 *         .url("https://factcheck.example.org/reviews/42")
 *         .build();
 * }</pre>
 */
public final class ClaimReviewDocument {

    private static final int WORST = 1;
    private static final int BEST = 5;

    private String claimReviewed;
    private ReviewRating rating;
    private String appearanceUrl;
    private String claimAuthor;
    private String claimAuthorType = "Organization";
    private String reviewerName;
    private String reviewerUrl;
    private LocalDate datePublished;
    private String url;

    private ClaimReviewDocument() {
    }

    public static ClaimReviewDocument builder() {
        return new ClaimReviewDocument();
    }

    /** The claim's sentence as the article wrote it. */
    public ClaimReviewDocument claimReviewed(Claim claim) {
        return claimReviewed(claim.sentence());
    }

    public ClaimReviewDocument claimReviewed(String text) {
        this.claimReviewed = text;
        return this;
    }

    public ClaimReviewDocument rating(ReviewRating rating) {
        this.rating = rating;
        return this;
    }

    /** Where the claim appeared and who published it (an organisation). */
    public ClaimReviewDocument appearance(String articleUrl, String publisher) {
        this.appearanceUrl = articleUrl;
        this.claimAuthor = publisher;
        this.claimAuthorType = "Organization";
        return this;
    }

    /** Where the claim appeared, said by a person (a quote). */
    public ClaimReviewDocument appearanceByPerson(String articleUrl, String person) {
        appearance(articleUrl, person);
        this.claimAuthorType = "Person";
        return this;
    }

    public ClaimReviewDocument reviewer(String organisation, String organisationUrl) {
        this.reviewerName = organisation;
        this.reviewerUrl = organisationUrl;
        return this;
    }

    public ClaimReviewDocument datePublished(LocalDate date) {
        this.datePublished = date;
        return this;
    }

    /** The address of the fact-check itself. */
    public ClaimReviewDocument url(String reviewUrl) {
        this.url = reviewUrl;
        return this;
    }

    /**
     * @throws IllegalStateException when a field schema.org requires for ClaimReview is missing
     */
    public String build() {
        require(claimReviewed, "claimReviewed");
        require(rating, "rating");
        require(appearanceUrl, "appearance");
        require(reviewerName, "reviewer");
        require(datePublished, "datePublished");
        require(url, "url");
        JsonObjectBuilder reviewer = JSON.createObjectBuilder().add("@type", "Organization").add("name", reviewerName);
        if (reviewerUrl != null) {
            reviewer.add("url", reviewerUrl);
        }
        JsonObjectBuilder item = JSON.createObjectBuilder()
                .add("@type", "Claim")
                .add("appearance", JSON.createObjectBuilder().add("@type", "CreativeWork").add("url", appearanceUrl));
        if (claimAuthor != null) {
            item.add("author", JSON.createObjectBuilder().add("@type", claimAuthorType).add("name", claimAuthor));
        }
        return JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "ClaimReview")
                .add("url", url)
                .add("datePublished", datePublished.toString())
                .add("author", reviewer)
                .add("claimReviewed", claimReviewed)
                .add("itemReviewed", item)
                .add("reviewRating", JSON.createObjectBuilder()
                        .add("@type", "Rating")
                        .add("ratingValue", rating.ratingValue())
                        .add("bestRating", BEST)
                        .add("worstRating", WORST)
                        .add("alternateName", rating.alternateName()))
                .build()
                .toString();
    }

    private static void require(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new IllegalStateException("ClaimReview needs " + field);
        }
    }
}
