package org.copydesk.security;

import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.decide;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.stateOf;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The desk editor holds triage, fact-check and publish roles, and still may not check or publish their own work. */
@ExtendWith(RunningServer.class)
class SeparationOfDutiesIT {

    @Test
    void whoTriagedMayNotFactCheckAndTheRefusalIsAudited() {
        String article = ingestNewArticle();
        decide("editor", article, "triage", "accept");
        String factCheck = openTask(article, "factCheck");

        as("editor").post("/api/tasks/{id}/claim", factCheck).then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("separation of duties"));

        Map<String, Object> refusal = lastRefusal(article);
        assertEquals("editor", refusal.get("actor"));
        assertEquals(factCheck, refusal.get("taskId"));
        assertEquals("FACT_CHECK", awaitState(article, "FACT_CHECK"));
        decide("factchecker", article, "factCheck", "approve");
        decide("editor", article, "publish", "publish");
        awaitState(article, "PUBLISHED");
    }

    @Test
    void whoFactCheckedMayNotPublish() {
        String article = ingestNewArticle();
        decide("triage", article, "triage", "accept");
        decide("editor", article, "factCheck", "approve");
        String publish = openTask(article, "publish");
        as("editor").post("/api/tasks/{id}/claim", publish).then().statusCode(403)
                .body("detail", containsString("factCheck"));
        assertEquals(publish, lastRefusal(article).get("taskId"));
        decide("publisher", article, "publish", "publish");
    }

    @Test
    void whoRevisedMayNotFactCheckTheRevision() {
        String article = ingestNewArticle();
        decide("triage", article, "triage", "accept");
        decide("factchecker", article, "factCheck", "revise");
        decide("editor", article, "revision", "resubmit");
        as("editor").post("/api/tasks/{id}/claim", openTask(article, "factCheck")).then().statusCode(403);
    }

    @Test
    void anotherGroupsTaskCannotBeTakenByItsId() {
        String article = ingestNewArticle();
        String triage = openTask(article, "triage");
        as("factchecker").post("/api/tasks/{id}/claim", triage).then().statusCode(403)
                .body("detail", containsString("triage-editor"));
        as("publisher").contentType("application/json").body(Map.of("decision", "accept"))
                .post("/api/tasks/{id}/complete", triage).then().statusCode(403);
        List<Object> refusers = auditOf(article).stream()
                .filter(entry -> "ACCESS_REFUSED".equals(entry.get("action"))).map(entry -> entry.get("actor")).toList();
        assertEquals(List.of("factchecker", "publisher"), refusers);
        assertEquals("TRIAGE", stateOf(article));
    }

    @Test
    void theInboxShowsOnlyTheCallersGroupsTasks() {
        String article = ingestNewArticle();
        List<String> factCheckerInbox = as("factchecker").get("/api/tasks").then().statusCode(200)
                .extract().path("taskKey");
        assertTrue(factCheckerInbox.stream().allMatch("factCheck"::equals), factCheckerInbox::toString);
        List<String> articleTasks = as("factchecker").queryParam("articleId", article).get("/api/tasks")
                .then().statusCode(200).extract().path("taskKey");
        assertEquals(List.of("triage"), articleTasks);
    }

    private static Map<String, Object> lastRefusal(String article) {
        List<Map<String, Object>> refusals = auditOf(article).stream()
                .filter(entry -> "ACCESS_REFUSED".equals(entry.get("action"))).toList();
        assertTrue(!refusals.isEmpty(), "no refusal audited");
        return refusals.get(refusals.size() - 1);
    }
}
