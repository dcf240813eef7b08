package org.copydesk.review;

import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.claimsOf;
import static org.copydesk.it.Api.complete;
import static org.copydesk.it.Api.decide;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.stateOf;
import static org.copydesk.it.Api.verifyEveryClaim;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class ReviewFlowIT {

    private static final String PROBLEM = "application/problem+json";
    /** The demo user's fixed id in the realm file, as Keycloak puts it in the token's sub claim. */
    private static final String TRIAGE_SUBJECT = "b65305b4-8531-5a96-916c-b21663c30d93";

    @Test
    void aClientWaitsForTheTaskAnAutomaticStepOpensInsteadOfAskingAgain() {
        String unique = UUID.randomUUID().toString();
        String article = as(Api.INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", "Harbour reopens " + unique, "body", "The harbour reopened on Friday. " + unique,
                        "source", "wire-test"))
                .post("/api/articles").then().statusCode(201).extract().path("id");

        // asked right after ingest, while the intake job runs: the answer comes once the triage task is open
        long start = System.nanoTime();
        List<String> triage = as("triage").header("Prefer", "wait=10")
                .queryParam("articleId", article).queryParam("taskKey", "triage").get("/api/tasks")
                .then().statusCode(200).header("Preference-Applied", "wait=10").extract().path("id");
        assertEquals(1, triage.size(), "the triage task, waited for");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "answered when the task opened, not at the end");
        assertEquals("TRIAGE", stateOf(article));

        // nothing opens for this person: the answer is empty after the time asked for
        start = System.nanoTime();
        as("triage").header("Prefer", "wait=1").queryParam("articleId", article).queryParam("taskKey", "publish")
                .get("/api/tasks").then().statusCode(200).header("Preference-Applied", "wait=1")
                .body("size()", equalTo(0));
        assertTrue(System.nanoTime() - start >= 1_000_000_000L, "waited the second asked for");
        // without an article there is nothing to wait for: the inbox answers at once
        as("triage").header("Prefer", "wait=5").get("/api/tasks").then().statusCode(200)
                .header("Preference-Applied", nullValue());
    }

    @Test
    void articleWalksFromTriageToPublishedWithAFullAuditTrail() {
        String article = ingestNewArticle();
        assertEquals("TRIAGE", stateOf(article));
        as("triage").get("/api/articles/{id}/versions", article).then().statusCode(200).body("size()", equalTo(1));

        String triage = openTask(article, "triage");
        as("triage").get("/api/tasks").then().statusCode(200).body("id", hasItem(triage));
        claim("triage", triage);
        as("triage").get("/api/tasks/{id}", triage).then().body("assignee", equalTo("triage"));
        complete("triage", triage, "accept", "newsworthy").then().statusCode(200);
        assertEquals("FACT_CHECK", awaitState(article, "FACT_CHECK"));
        decide(article, "factCheck", "approve");
        assertEquals("READY", stateOf(article));
        decide(article, "publish", "publish");
        awaitState(article, "PUBLISHED");
        as("admin").queryParam("articleId", article).get("/api/tasks").then().body("size()", equalTo(0));

        List<Map<String, Object>> trail = auditOf(article);
        List<String> actions = trail.stream().map(entry -> (String) entry.get("action"))
                .filter(action -> !action.equals("CLAIM_RATED")).toList();
        assertEquals(List.of("INGESTED", "INTAKE_COMPLETED", "STATE_CHANGED",
                "TASK_CLAIMED", "TASK_COMPLETED", "CLAIMS_EXTRACTED", "STATE_CHANGED",
                "TASK_CLAIMED", "TASK_COMPLETED", "STATE_CHANGED",
                "TASK_CLAIMED", "TASK_COMPLETED", "STATE_CHANGED", "PUBLISHED"), actions);
        long ratings = trail.stream().filter(entry -> "CLAIM_RATED".equals(entry.get("action"))).count();
        assertEquals(claimsOf(article).size(), ratings, "every claim rated before approval");
        List<Object> completers = trail.stream().filter(entry -> "TASK_COMPLETED".equals(entry.get("action")))
                .map(entry -> entry.get("actor")).toList();
        assertEquals(List.of("triage", "factchecker", "publisher"), completers);
        List<String> states = trail.stream().filter(entry -> "STATE_CHANGED".equals(entry.get("action")))
                .map(entry -> entry.get("fromState") + "->" + entry.get("toState")).toList();
        assertEquals(List.of("INGESTED->TRIAGE", "TRIAGE->FACT_CHECK", "FACT_CHECK->READY", "READY->PUBLISHED"), states);
        Map<String, Object> triageCompletion = trail.get(4);
        assertEquals("triage", triageCompletion.get("actor"));
        assertEquals(TRIAGE_SUBJECT, triageCompletion.get("actorSubject"));
        assertEquals("service-account-copydesk-ingest", trail.get(0).get("actor"));
        assertEquals(triage, triageCompletion.get("taskId"));
        assertEquals("triage", triageCompletion.get("taskKey"));
        assertEquals("decision: accept; comment: newsworthy", triageCompletion.get("detail"));
        assertTrue(trail.stream().allMatch(entry -> entry.get("occurredAt") != null));
    }

    @Test
    void triageRejectionRejectsTheArticle() {
        String article = ingestNewArticle();
        decide(article, "triage", "reject");
        assertEquals("REJECTED", stateOf(article));
    }

    @Test
    void factCheckRevisionGoesToTheTriageEditorAndReturnsToFactCheck() {
        String article = ingestNewArticle();
        decide(article, "triage", "accept");
        decide(article, "factCheck", "revise");
        assertEquals("REVISION", stateOf(article));
        as("triage").get("/api/tasks/{id}", openTask(article, "revision"))
                .then().body("candidateGroup", equalTo("triage-editor"));
        decide(article, "revision", "resubmit");
        assertEquals("FACT_CHECK", awaitState(article, "FACT_CHECK"));
        decide(article, "factCheck", "reject");
        assertEquals("REJECTED", stateOf(article));
    }

    @Test
    void publisherCanSendAnArticleBackToFactCheck() {
        String article = ingestNewArticle();
        decide(article, "triage", "accept");
        decide(article, "factCheck", "approve");
        decide(article, "publish", "back");
        assertEquals("FACT_CHECK", awaitState(article, "FACT_CHECK"));
        decide(article, "factCheck", "approve");
        decide(article, "publish", "publish");
        awaitState(article, "PUBLISHED");
    }

    @Test
    void unknownDecisionIs422AndChangesNothing() {
        String article = ingestNewArticle();
        String triage = openTask(article, "triage");
        claim("triage", triage);
        complete("triage", triage, "publish", null).then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("accept"));
        assertEquals("TRIAGE", stateOf(article));
        assertEquals(triage, openTask(article, "triage"));
    }

    @Test
    void completedTaskIs409() {
        String article = ingestNewArticle();
        String triage = openTask(article, "triage");
        claim("triage", triage);
        complete("triage", triage, "accept", null).then().statusCode(200);
        complete("triage", triage, "accept", null).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("already completed"));
        as("triage").post("/api/tasks/{id}/claim", triage).then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void unclaimedTaskCannotBeCompletedOrUnclaimed() {
        String article = ingestNewArticle();
        String triage = openTask(article, "triage");
        complete("triage", triage, "accept", null).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("claimed"));
        as("triage").post("/api/tasks/{id}/unclaim", triage).then().statusCode(409).contentType(PROBLEM);
        claim("triage", triage);
        as("editor").post("/api/tasks/{id}/claim", triage).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("claimed by triage"));
        complete("editor", triage, "accept", null).then().statusCode(409).contentType(PROBLEM);
        as("triage").post("/api/tasks/{id}/unclaim", triage).then().statusCode(200).body("assignee", nullValue());
        List<String> actions = auditOf(article).stream().map(entry -> (String) entry.get("action")).toList();
        assertTrue(actions.containsAll(List.of("TASK_CLAIMED", "TASK_UNCLAIMED")), actions::toString);
    }

    @Test
    void unknownTaskIs404() {
        String unknown = UUID.randomUUID().toString();
        as("triage").post("/api/tasks/{id}/claim", unknown).then().statusCode(404).contentType(PROBLEM);
        as("triage").contentType(ContentType.JSON).body(Map.of("decision", "accept"))
                .post("/api/tasks/{id}/complete", unknown).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void completionNeedsAJsonDecision() {
        String article = ingestNewArticle();
        String triage = openTask(article, "triage");
        claim("triage", triage);
        as("triage").contentType(ContentType.TEXT).body("accept")
                .post("/api/tasks/{id}/complete", triage).then().statusCode(415).contentType(PROBLEM);
        as("triage").contentType(ContentType.JSON).body("{decision")
                .post("/api/tasks/{id}/complete", triage).then().statusCode(400).contentType(PROBLEM);
        assertEquals("TRIAGE", stateOf(article));
    }

    @Test
    void completingNamesTheNextTaskWhenItOpensAtOnceAndTheCallerMaySeeIt() {
        String article = ingestNewArticle();
        String triage = openTask(article, "triage");
        claim("triage", triage);
        complete("triage", triage, "accept", null).then().statusCode(200)
                .body("nextTask", nullValue());
        String factCheck = openTask(article, "factCheck");
        claim("editor", factCheck);
        String revision = complete("editor", factCheck, "revise", "the figures differ from the agency copy")
                .then().statusCode(200).body("nextTask.taskKey", equalTo("revision"))
                .body("nextTask.articleId", equalTo(article))
                .body("nextTask.notes", equalTo("the figures differ from the agency copy")).extract().path("nextTask.id");
        assertEquals(openTask(article, "revision"), revision);
        as("triage").get("/api/tasks/{id}", revision).then().statusCode(200)
                .body("notes", equalTo("the figures differ from the agency copy"));
        claim("triage", revision);
        complete("triage", revision, "resubmit", null).then().statusCode(200).body("nextTask", nullValue());
        String again = openTask(article, "factCheck");
        claim("factchecker", again);
        verifyEveryClaim("factchecker", article);
        complete("factchecker", again, "approve", null).then().statusCode(200)
                .body("articleState", equalTo("READY")).body("nextTask.taskKey", equalTo("publish"));
        claim("publisher", openTask(article, "publish"));
        complete("publisher", openTask(article, "publish"), "publish", null).then().statusCode(200)
                .body("nextTask", nullValue());
    }
}
