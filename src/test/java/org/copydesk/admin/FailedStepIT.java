package org.copydesk.admin;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.awaitTriaged;
import static org.copydesk.it.Api.stateOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.Refusal;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An automatic step that fails on every try is not lost: an admin sees it with its reason and retries it. */
@ExtendWith(RunningServer.class)
class FailedStepIT {

    @Test
    void anIntakeThatKeepsFailingIsListedForAdminsAndRunsAgainOnRetry(CopydeskServer server) throws Exception {
        String title = "Unstorable " + UUID.randomUUID();
        String article;
        Map<String, Object> failed;
        try (Refusal refusal = new Refusal(server, "story", "title not like 'Unstorable%'")) {
            article = as(INGEST_FEED).contentType(ContentType.JSON)
                    .body(Map.of("title", title, "body", "The harbour authority reopened the northern pier on"
                            + " Tuesday after repairs that took eleven weeks.", "source", "failing-feed"))
                    .post("/api/articles").then().statusCode(201).extract().path("id");
            failed = awaitFailedJobOf(article);
        }
        assertEquals("INGESTED", stateOf(article), "the article waits where it was");
        assertEquals("intake", failed.get("step"));
        assertEquals(title, failed.get("articleTitle"));
        assertTrue(((String) failed.get("reason")).length() > 0);

        as("triage").get("/api/admin/failed-jobs").then().statusCode(403);
        as("triage").post("/api/admin/failed-jobs/{id}/retry", failed.get("id")).then().statusCode(403);
        as("admin").post("/api/admin/failed-jobs/{id}/retry", "no-such-job").then().statusCode(404)
                .contentType("application/problem+json");

        as("admin").post("/api/admin/failed-jobs/{id}/retry", failed.get("id")).then().statusCode(200)
                .body("articleId", equalTo(article));
        assertEquals("TRIAGE", awaitTriaged(article));
        List<String> ids = as("admin").get("/api/admin/failed-jobs").then().extract().path("id");
        assertTrue(!ids.contains(failed.get("id")), "a retried step is no longer listed");
        assertTrue(auditOf(article).stream().anyMatch(entry -> "STEP_RETRIED".equals(entry.get("action"))
                && "admin".equals(entry.get("actor"))));
    }

    private static Map<String, Object> awaitFailedJobOf(String article) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> failed = as("admin").get("/api/admin/failed-jobs").then().statusCode(200)
                    .extract().path("findAll { it.articleId == '" + article + "' }");
            if (!failed.isEmpty()) {
                return failed.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The intake of " + article + " was not reported as failed within 180 s");
    }
}
