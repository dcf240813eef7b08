package org.copydesk.factcheck;

import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.awaitTriaged;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.claimsOf;
import static org.copydesk.it.Api.complete;
import static org.copydesk.it.Api.decide;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.rate;
import static org.copydesk.it.Api.sampleIdsByOpening;
import static org.copydesk.it.Api.stateOf;
import static org.copydesk.it.Api.uniqueSurname;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The claim ledger through the running server: the samples' contradictions, verdicts, the gate, the fact base. */
@ExtendWith(RunningServer.class)
class FactCheckIT {

    private static final String TURING_YEAR = "lecun|award:turing|year";
    private static final String SCALE_AI_AMOUNT = "meta|acquisition:scale-ai|amount";
    private static final String AI_LAYOFFS = "meta|layoffs:ai-unit|count";

    @Test
    void theSamplesContradictionsAreFlaggedAcrossTheRightArticles() {
        Map<String, String> samples = inFactCheck(sampleIdsByOpening());
        String inside = samples.get("Why AI Pioneer");
        String startup = samples.get("Just Now");
        String cnbc = samples.get("Yann LeCun, a pioneer");
        String french = samples.get("Le meilleur");
        String profile = samples.get("In the vast");

        Map<String, Object> turing2019 = only(cnbc, TURING_YEAR);
        assertEquals("2019", turing2019.get("value"));
        Set<String> saying2018 = Set.of(inside, startup, profile).stream()
                .filter(id -> claimsOf(id).stream().anyMatch(c -> TURING_YEAR.equals(c.get("subjectKey"))
                        && "2018".equals(c.get("value"))))
                .collect(Collectors.toSet());
        assertEquals(3, saying2018.size(), "three English reports date the Turing Award 2018");
        assertEquals(saying2018, articlesOf(turing2019, "contradictions"));
        for (String id : saying2018) {
            Map<String, Object> turing2018 = only(id, TURING_YEAR);
            assertTrue(articlesOf(turing2018, "contradictions").contains(cnbc), "flagged both ways");
            assertFalse(articlesOf(turing2018, "agreements").contains(cnbc));
            assertTrue(articlesOf(turing2018, "agreements").containsAll(
                    saying2018.stream().filter(other -> !other.equals(id)).toList()));
        }
        Map<String, Object> link = links(turing2019, "contradictions").get(0);
        String linkedSentence = (String) link.get("sentence");
        String linkedText = as("factchecker").get("/api/articles/{id}", link.get("articleId")).then().extract().path("text");
        assertEquals(linkedSentence, linkedText.substring((Integer) link.get("start"), (Integer) link.get("end")),
                "the link points at the other article's span");

        Map<String, Object> dollars = only(cnbc, SCALE_AI_AMOUNT);
        Map<String, Object> milliards = only(french, SCALE_AI_AMOUNT);
        assertEquals("14500000000 USD", dollars.get("value"));
        assertEquals("14300000000 USD", milliards.get("value"));
        assertTrue(articlesOf(dollars, "contradictions").contains(french));
        assertTrue(articlesOf(milliards, "contradictions").contains(cnbc));

        Map<String, Object> positions = only(startup, AI_LAYOFFS);
        Map<String, Object> employes = only(french, AI_LAYOFFS);
        assertTrue(articlesOf(positions, "agreements").contains(french), "600 and ~600 agree");
        assertTrue(articlesOf(employes, "agreements").contains(startup));
        assertFalse(articlesOf(positions, "contradictions").contains(french));

        for (String id : List.of(cnbc, startup, french)) {
            List<Map<String, Object>> quotes = claimsOf(id).stream().filter(c -> "QUOTE".equals(c.get("kind")))
                    .toList();
            assertFalse(quotes.isEmpty(), "quotes in " + id);
            assertTrue(quotes.stream().allMatch(q -> ((String) q.get("speaker")).contains("LeCun")), quotes::toString);
        }
        String text = as("factchecker").get("/api/articles/{id}", french).then().extract().path("text");
        assertEquals("14,3 milliards de dollars", text.substring((Integer) milliards.get("phraseStart"),
                (Integer) milliards.get("phraseEnd")));
    }

    @Test
    void verdictsGateApprovalAndFalseClaimsGetAClaimReview() {
        String name = uniqueSurname();
        String article = inFactCheck(ingest("Globex chief executive Hank " + name + ", 58, said on Monday that Globex"
                + " would cut 1,200 jobs, about 12.5% of its workforce. " + name + " joined Globex in 2009."));
        List<Map<String, Object>> claims = claimsOf(article);
        assertTrue(claims.size() >= 3, claims::toString);
        assertTrue(claims.stream().allMatch(c -> "UNCHECKED".equals(c.get("status"))));
        String first = (String) claims.get(0).get("id");

        rate("factchecker", article, first, "VERIFIED", "agency copy").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Claim the factCheck task"));
        String task = openTask(article, "factCheck");
        claim("factchecker", task);
        rate("publisher", article, first, "VERIFIED", "agency copy").then().statusCode(403);

        complete("factchecker", task, "approve", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("claims", hasSize(claims.size()))
                .body("claims[0].reason", equalTo("not checked yet"));

        rate("factchecker", article, first, "CONFIRMED", "agency copy").then().statusCode(422)
                .body("detail", containsString("UNVERIFIABLE"));
        rate("factchecker", article, first, "VERIFIED", " ").then().statusCode(422)
                .body("detail", containsString("evidence"));
        rate("factchecker", article, first, "VERIFIED", "javascript:alert(1)").then().statusCode(422);
        as("factchecker").contentType(ContentType.JSON)
                .body(Map.of("status", "VERIFIED", "evidence", "x", "correction", "y"))
                .put("/api/articles/{id}/claims/{claimId}", article, first).then().statusCode(422);
        rate("factchecker", article, "00000000-0000-0000-0000-000000000000", "VERIFIED", "x").then().statusCode(404);
        String otherArticlesClaim = (String) claimsOf(inFactCheck(ingest("Initech opened 40 new stores across"
                + " the country in 2024, the company said on Monday, and it plans to open more next year."))).get(0).get("id");
        rate("factchecker", article, otherArticlesClaim, "VERIFIED", "x").then().statusCode(404);

        for (Map<String, Object> c : claims) {
            String status = c.get("id").equals(first) ? "FALSE" : "VERIFIED";
            rate("factchecker", article, (String) c.get("id"), status, "https://example.org/annual-report")
                    .then().statusCode(200).body("status", equalTo(status)).body("ratedBy", equalTo("factchecker"));
        }
        complete("factchecker", task, "approve", null).then().statusCode(409)
                .body("claims", hasSize(1))
                .body("claims[0].claimId", equalTo(first))
                .body("claims[0].reason", containsString("without a correction"));
        List<Map<String, Object>> reviews = as("publisher").get("/api/articles/{id}/claims/reviews", article)
                .then().statusCode(200).extract().path("$");
        assertEquals(1, reviews.size());
        assertEquals("ClaimReview", reviews.get(0).get("@type"));
        assertEquals(claims.get(0).get("sentence"), reviews.get(0).get("claimReviewed"));
        assertEquals(1, ((Map<?, ?>) reviews.get(0).get("reviewRating")).get("ratingValue"));

        as("factchecker").contentType(ContentType.JSON).body(Map.of("status", "FALSE", "evidence",
                        "https://example.org/annual-report", "correction", "The figure is 1,100 jobs."))
                .put("/api/articles/{id}/claims/{claimId}", article, first).then().statusCode(200)
                .body("correction", equalTo("The figure is 1,100 jobs."))
                .body("claimReview.reviewRating.alternateName", equalTo("False"));
        complete("factchecker", task, "approve", null).then().statusCode(200);
        assertEquals("READY", stateOf(article));
        List<String> rated = auditOf(article).stream().filter(e -> "CLAIM_RATED".equals(e.get("action")))
                .map(e -> (String) e.get("actor")).toList();
        assertEquals(claims.size() + 1, rated.size());
        assertTrue(rated.stream().allMatch("factchecker"::equals));
        assertTrue(auditOf(article).stream().anyMatch(e -> "CLAIMS_EXTRACTED".equals(e.get("action"))));
    }

    @Test
    void aRevisionCarriesTheNotesAndItsTextIsCheckedAgain() {
        String name = uniqueSurname();
        String kept = "Globex chief executive Hank " + name + ", 58, announced the plan on Monday.";
        String article = inFactCheck(ingest(kept + "\n\nGlobex will cut 1,200 jobs, " + name + " said."));
        String task = openTask(article, "factCheck");
        claim("factchecker", task);
        List<Map<String, Object>> before = claimsOf(article);
        before.forEach(c -> rate("factchecker", article, (String) c.get("id"), "VERIFIED", "agency copy")
                .then().statusCode(200));

        complete("factchecker", task, "revise", null).then().statusCode(422).body("detail", containsString("notes"));
        complete("factchecker", task, "revise", "The job cuts are 1,100 according to the filing.")
                .then().statusCode(200);
        String revision = openTask(article, "revision");
        as("triage").get("/api/tasks/{id}", revision).then().statusCode(200)
                .body("notes", equalTo("The job cuts are 1,100 according to the filing."));
        claim("triage", revision);
        List<Integer> versions = as("triage").get("/api/articles/{id}/versions", article).then().extract().path("number");
        as("triage").contentType(ContentType.JSON).body(Map.of("decision", "resubmit",
                        "text", kept + "\n\nGlobex will cut 1,100 jobs, " + name + " said.",
                        "baseVersion", versions.get(versions.size() - 1)))
                .post("/api/tasks/{id}/complete", revision).then().statusCode(200);
        openTask(article, "factCheck");

        List<Map<String, Object>> after = claimsOf(article);
        assertTrue(after.stream().allMatch(c -> (Integer) c.get("textVersion")
                > (Integer) before.get(0).get("textVersion")));
        Map<String, Object> age = after.stream().filter(c -> ((String) c.get("sentence")).startsWith("Globex chief"))
                .findFirst().orElseThrow();
        assertEquals("VERIFIED", age.get("status"), "an unchanged statement keeps its verdict");
        Map<String, Object> jobs = after.stream().filter(c -> ((String) c.get("sentence")).contains("1,100"))
                .findFirst().orElseThrow();
        assertEquals("UNCHECKED", jobs.get("status"), "a changed statement is checked again");
    }

    @Test
    void aReferenceFactFlagsALaterArticleThatSaysOtherwise() {
        String company = uniqueSurname() + " Industries";
        String first = inFactCheck(ingest(company + ", which was founded in 1987, opened a new plant on Monday."
                + " Its chief executive Hank " + uniqueSurname() + ", 58, said that the company would hire more"
                + " workers in the spring."));
        claim("factchecker", openTask(first, "factCheck"));
        String founded = claimOf(first, "YEAR");
        String age = claimOf(first, "AGE");

        as("factchecker").contentType(ContentType.JSON).body(Map.of("claimId", founded)).post("/api/facts")
                .then().statusCode(409).body("detail", containsString("UNCHECKED"));
        rate("factchecker", first, founded, "VERIFIED", "https://example.org/registry").then().statusCode(200);
        rate("factchecker", first, age, "VERIFIED", "https://example.org/registry").then().statusCode(200);
        as("factchecker").contentType(ContentType.JSON).body(Map.of("claimId", age)).post("/api/facts")
                .then().statusCode(422).body("detail", containsString("changes with time"));
        as("reader").contentType(ContentType.JSON).body(Map.of("claimId", founded)).post("/api/facts")
                .then().statusCode(403);
        String factId = as("factchecker").contentType(ContentType.JSON).body(Map.of("claimId", founded))
                .post("/api/facts").then().statusCode(201)
                .body("value", equalTo("1987"))
                .body("promotedBy", equalTo("factchecker"))
                .extract().path("id");
        as("factchecker").contentType(ContentType.JSON).body(Map.of("claimId", founded)).post("/api/facts")
                .then().statusCode(409).body("detail", containsString(factId));
        String subject = company.toLowerCase().replace(' ', '-');
        as("reader").queryParam("subject", subject).get("/api/facts").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(factId));

        String later = inFactCheck(ingest("The chairman of " + company + " spoke at the trade fair on Thursday. "
                + company + " was founded in 1991 in Springfield, he said, and now sells turbines in forty"
                + " countries."));
        List<Map<String, Object>> conflicts = links(claimsOf(later).stream()
                .filter(c -> (subject + "|founded|year").equals(c.get("subjectKey"))).findFirst().orElseThrow(),
                "contradictions");
        assertTrue(conflicts.stream().anyMatch(c -> factId.equals(c.get("factId"))), conflicts::toString);

        as("publisher").delete("/api/facts/{id}", factId).then().statusCode(403);
        as("factchecker").delete("/api/facts/{id}", factId).then().statusCode(204);
        as("reader").queryParam("subject", subject).get("/api/facts").then().body("total", equalTo(0));
        assertTrue(claimsOf(later).stream().flatMap(c -> links(c, "contradictions").stream())
                .noneMatch(c -> factId.equals(c.get("factId"))));
    }

    @Test
    void twoArticlesOfAStoryLeavingTriageTogetherAreComparedWithEachOther() throws Exception {
        for (int round = 0; round < 3; round++) {
            String company = uniqueSurname() + " Industries";
            String chief = "Hank " + uniqueSurname();
            String first = ingest(company + ", which was founded in 1987, opened a new plant in Springfield on"
                    + " Monday, its chief executive " + chief + " told reporters.");
            String second = ingest(company + " was founded in 1991, " + chief + " said at the opening of its new"
                    + " plant in Springfield on Monday, which the mayor also attended.");
            String firstTask = openTask(first, "triage");
            String secondTask = openTask(second, "triage");
            claim("triage", firstTask);
            claim("triage", secondTask);
            // both leave triage at once, so that their claims are extracted and linked side by side
            CompletableFuture<Integer> one = CompletableFuture.supplyAsync(
                    () -> complete("triage", firstTask, "accept", null).statusCode());
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(
                    () -> complete("triage", secondTask, "accept", null).statusCode());
            assertEquals(List.of(200, 200), List.of(one.get(), other.get()));
            assertEquals("FACT_CHECK", awaitState(first, "FACT_CHECK"));
            assertEquals("FACT_CHECK", awaitState(second, "FACT_CHECK"));

            assertTrue(articlesOf(yearOf(first), "contradictions").contains(second), "round " + round);
            assertTrue(articlesOf(yearOf(second), "contradictions").contains(first), "round " + round);
        }
    }

    private static Map<String, Object> yearOf(String article) {
        return claimsOf(article).stream().filter(c -> "YEAR".equals(c.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no year claim in " + claimsOf(article)));
    }

    private static String claimOf(String article, String kind) {
        return claimsOf(article).stream().filter(c -> kind.equals(c.get("kind"))).map(c -> (String) c.get("id"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " claim in " + claimsOf(article)));
    }

    @Test
    void anUnknownArticleOrClaimIsNotFound() {
        as("reader").get("/api/articles/{id}/claims", "00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        as("factchecker").contentType(ContentType.JSON).body(Map.of("claimId", "not-an-id")).post("/api/facts")
                .then().statusCode(422);
        as("factchecker").contentType(ContentType.JSON).body("{}").post("/api/facts").then().statusCode(422);
    }

    private static String ingest(String body) {
        String id = as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", "Report " + uniqueSurname(), "body", body, "source", "factcheck-test"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        awaitTriaged(id);
        return id;
    }

    private static String inFactCheck(String article) {
        if ("TRIAGE".equals(stateOf(article))) {
            decide(article, "triage", "accept");
        }
        assertEquals("FACT_CHECK", awaitState(article, "FACT_CHECK"));
        return article;
    }

    private static Map<String, String> inFactCheck(Map<String, String> articles) {
        articles.values().forEach(FactCheckIT::inFactCheck);
        return articles;
    }

    private static Map<String, Object> only(String article, String subjectKey) {
        List<Map<String, Object>> found = claimsOf(article).stream()
                .filter(c -> subjectKey.equals(c.get("subjectKey"))).toList();
        assertFalse(found.isEmpty(), () -> "no " + subjectKey + " claim in " + article + ": " + claimsOf(article)
                .stream().map(c -> c.get("subjectKey")).toList());
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> links(Map<String, Object> claim, String kind) {
        return (List<Map<String, Object>>) claim.get(kind);
    }

    private static Set<String> articlesOf(Map<String, Object> claim, String kind) {
        return links(claim, kind).stream().map(link -> (String) link.get("articleId")).collect(Collectors.toSet());
    }

}
