package org.copydesk.web;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bean Validation's refusals leave the API as problem+json naming each refused input as the client sent it. */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class InputValidationIT {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void everyMissingFieldOfAnArticleIsNamed() {
        as(INGEST_FEED).contentType(ContentType.JSON).body(Map.of("body", "Text.", "url", "ftp://example.org/x"))
                .post("/api/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Unprocessable content"))
                .body("violations.field", hasItems("title", "source", "url"))
                .body("violations.find { it.field == 'source' }.message", containsString("X-Article-Source"));
    }

    @Test
    void aCommentOverTheLimitOrNoDecisionIs422NamingTheField() {
        as("triage").contentType(ContentType.JSON).body(Map.of("decision", "accept", "comment", "x".repeat(2001)))
                .post("/api/tasks/{id}/complete", UUID.randomUUID())
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("comment"))
                .body("detail", equalTo("comment: is longer than 2000 characters"));
        as("triage").contentType(ContentType.JSON).body(Map.of("comment", "fine"))
                .post("/api/tasks/{id}/complete", UUID.randomUUID())
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("decision"));
    }

    @Test
    void anEmptyOrNullBodyIsABadRequest() {
        as("triage").contentType(ContentType.JSON).post("/api/tasks/{id}/complete", UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM);
        as("triage").contentType(ContentType.JSON).body("null").post("/api/tasks/{id}/complete", UUID.randomUUID())
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("body"));
    }

    @Test
    void aPageOrSizeOutOfRangeIs400NamingTheParameter() {
        as("reader").queryParam("page", -1).get("/api/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("page"));
        as("reader").queryParam("size", 0).get("/api/stories")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("size"));
        as("reader").queryParam("size", 201).get("/api/facts")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("size: must be less than or equal to 200"));
    }
}
