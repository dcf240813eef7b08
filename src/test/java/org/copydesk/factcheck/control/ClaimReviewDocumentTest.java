package org.copydesk.factcheck.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ReviewRating;
import org.junit.jupiter.api.Test;

class ClaimReviewDocumentTest {

    private static final String SENTENCE = "Their work earned them the Turing Award in 2019, \"solidifying\" their status.";

    @Test
    void falseClaimBecomesSchemaOrgClaimReview() {
        Claim claim = new ClaimExtractor().extract(SENTENCE, "en").get(0);
        JsonObject json = parse(ClaimReviewDocument.builder()
                .claimReviewed(claim)
                .rating(ReviewRating.FALSE)
                .appearance("https://news.example.com/lecun", "Example News")
                .reviewer("Copydesk Fact Check", "https://factcheck.example.org")
                .datePublished(LocalDate.of(2025, 11, 20))
                .url("https://factcheck.example.org/reviews/42")
                .build());

        assertEquals("https://schema.org", json.getString("@context"));
        assertEquals("ClaimReview", json.getString("@type"));
        assertEquals(SENTENCE, json.getString("claimReviewed"));
        assertEquals("2025-11-20", json.getString("datePublished"));
        assertEquals("https://factcheck.example.org/reviews/42", json.getString("url"));
        assertEquals("Copydesk Fact Check", json.getJsonObject("author").getString("name"));
        assertEquals("Organization", json.getJsonObject("author").getString("@type"));
        JsonObject item = json.getJsonObject("itemReviewed");
        assertEquals("Claim", item.getString("@type"));
        assertEquals("https://news.example.com/lecun", item.getJsonObject("appearance").getString("url"));
        assertEquals("Example News", item.getJsonObject("author").getString("name"));
        JsonObject rating = json.getJsonObject("reviewRating");
        assertEquals(1, rating.getInt("ratingValue"));
        assertEquals("False", rating.getString("alternateName"));
        assertEquals(5, rating.getInt("bestRating"));
    }

    @Test
    void disputedQuoteNamesThePersonWhoSaidIt() {
        JsonObject json = parse(ClaimReviewDocument.builder()
                .claimReviewed("“AI is a tool, not a replacement for human creativity,” he noted.")
                .rating(ReviewRating.DISPUTED)
                .appearanceByPerson("https://news.example.com/lecun", "Yann LeCun")
                .reviewer("Copydesk Fact Check", null)
                .datePublished(LocalDate.of(2025, 11, 21))
                .url("https://factcheck.example.org/reviews/43")
                .build());
        assertEquals("Person", json.getJsonObject("itemReviewed").getJsonObject("author").getString("@type"));
        assertEquals("Disputed", json.getJsonObject("reviewRating").getString("alternateName"));
    }

    @Test
    void missingRequiredFieldIsRefused() {
        assertThrows(IllegalStateException.class, () -> ClaimReviewDocument.builder()
                .claimReviewed("x").rating(ReviewRating.FALSE).build());
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
