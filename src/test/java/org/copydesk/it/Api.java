package org.copydesk.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The workflow API steps the integration tests repeat: ingest, find a task, claim it, decide. */
public final class Api {

    private Api() {
    }

    /** Ingests an article with content nobody sent before and returns its id. */
    public static String ingestNewArticle() {
        String unique = UUID.randomUUID().toString();
        return given().contentType(ContentType.JSON)
                .body(Map.of("title", "Council approves budget " + unique,
                        "body", "The city council approved the 2027 budget on Monday by 31 votes to 12. " + unique,
                        "source", "wire-test"))
                .post("/api/articles")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String openTask(String articleId, String taskKey) {
        List<String> ids = given().queryParam("articleId", articleId).queryParam("taskKey", taskKey)
                .get("/api/tasks")
                .then().statusCode(200)
                .extract().path("id");
        if (ids.size() != 1) {
            throw new AssertionError("Expected one open " + taskKey + " task for " + articleId + ", found " + ids);
        }
        return ids.get(0);
    }

    public static void claim(String taskId) {
        given().post("/api/tasks/{id}/claim", taskId).then().statusCode(200);
    }

    public static Response complete(String taskId, String decision, String comment) {
        Map<String, String> body = comment == null ? Map.of("decision", decision)
                : Map.of("decision", decision, "comment", comment);
        return given().contentType(ContentType.JSON).body(body).post("/api/tasks/{id}/complete", taskId);
    }

    /** Claims the article's open task of this kind and completes it with the decision. */
    public static void decide(String articleId, String taskKey, String decision) {
        String taskId = openTask(articleId, taskKey);
        claim(taskId);
        complete(taskId, decision, null).then().statusCode(200).body("decision", equalTo(decision));
    }

    public static String stateOf(String articleId) {
        return given().get("/api/articles/{id}", articleId).then().statusCode(200).extract().path("state");
    }

    public static List<Map<String, Object>> auditOf(String articleId) {
        return given().get("/api/articles/{id}/audit", articleId).then().statusCode(200).extract().path("$");
    }
}
