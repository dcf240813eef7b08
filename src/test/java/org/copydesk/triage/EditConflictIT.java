package org.copydesk.triage;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.awaitTriaged;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.openTask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two people change one article's text: the second save never silently overwrites the first. */
@ExtendWith(RunningServer.class)
class EditConflictIT {

    @Test
    void anEditStartedFromAnOlderVersionIsRefusedWithBothTexts() {
        String id = articleWithShareLine("Budget vote", "The council passed the budget by 31 votes to 12 on Monday.");
        String task = openTask(id, "triage");
        claim("triage", task);
        String started = as("triage").get("/api/articles/{id}", id).then().extract().path("text");
        String mine = started + "\n\nThe mayor welcomed the vote.";

        // meanwhile another editor puts back what triage removed: version 2
        List<Map<String, Object>> findings = as("editor").get("/api/articles/{id}/findings", id).then()
                .extract().path("findAll { it.removed }");
        as("editor").post("/api/articles/{id}/findings/{f}/restore", id, findings.get(0).get("id"))
                .then().statusCode(200);
        String theirs = as("editor").get("/api/articles/{id}", id).then().extract().path("text");

        as("triage").contentType(ContentType.JSON)
                .body(Map.of("decision", "accept", "text", mine, "baseVersion", 1))
                .post("/api/tasks/{id}/complete", task).then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Edit conflict"))
                .body("detail", containsString("editor"))
                .body("baseVersion", equalTo(1))
                .body("currentVersion", equalTo(2))
                .body("changedBy", equalTo("editor"))
                .body("currentText", equalTo(theirs))
                .body("yourText", equalTo(mine));
        as("triage").get("/api/articles/{id}", id).then().body("text", equalTo(theirs)).body("state", equalTo("TRIAGE"));

        as("triage").contentType(ContentType.JSON).body(Map.of("decision", "accept", "text", mine))
                .post("/api/tasks/{id}/complete", task).then().statusCode(422).body("detail", containsString("baseVersion"));

        String merged = theirs + "\n\nThe mayor welcomed the vote.";
        as("triage").contentType(ContentType.JSON)
                .body(Map.of("decision", "accept", "text", merged, "baseVersion", 2))
                .post("/api/tasks/{id}/complete", task).then().statusCode(200);
        as("triage").get("/api/articles/{id}", id).then().body("text", equalTo(merged));
        as("reader").get("/api/articles/{id}/versions", id).then().body("number", equalTo(List.of(1, 2, 3)));
    }

    @Test
    void restoringWhatTriageRemovedKeepsTheEditorsChanges() {
        String id = articleWithShareLine("Harbour reopens", "The harbour reopened on Monday after a two-day strike.");
        String task = openTask(id, "triage");
        claim("triage", task);
        String triaged = as("triage").get("/api/articles/{id}", id).then().extract().path("text");
        String edited = triaged.replace("two-day strike", "two-day strike by dockworkers");
        as("triage").contentType(ContentType.JSON)
                .body(Map.of("decision", "accept", "text", edited, "baseVersion", 1))
                .post("/api/tasks/{id}/complete", task).then().statusCode(200);

        List<Map<String, Object>> removed = as("triage").get("/api/articles/{id}/findings", id).then()
                .extract().path("findAll { it.removed }");
        as("triage").post("/api/articles/{id}/findings/{f}/restore", id, removed.get(0).get("id"))
                .then().statusCode(200);

        as("reader").get("/api/articles/{id}", id).then()
                .body("text", containsString("two-day strike by dockworkers"))
                .body("text", containsString("Share this article"));
    }

    /** A triaged article whose closing "Share this article" line triage removed. */
    private static String articleWithShareLine(String headline, String sentence) {
        String id = as(INGEST_FEED).contentType(ContentType.JSON).body(Map.of(
                        "title", headline + " " + UUID.randomUUID(),
                        "body", headline + "\n\n" + sentence + " " + UUID.randomUUID() + "\n\nShare this article",
                        "source", "wire-conflict"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        awaitTriaged(id);
        return id;
    }
}
