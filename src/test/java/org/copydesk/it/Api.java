package org.copydesk.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The workflow API steps the integration tests repeat, each as the demo user whose job it is. */
public final class Api {

    /** The ingest feed's service account (client credentials). */
    public static final String INGEST_FEED = "client:copydesk-ingest";
    private static final Map<String, String> WHO_DOES = Map.of(
            "triage", "triage", "revision", "triage", "factCheck", "factchecker", "publish", "publisher");
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(200);

    private static volatile KeycloakServer keycloak;
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {
    }

    private Api() {
    }

    public static void useKeycloak(KeycloakServer server) {
        keycloak = server;
    }

    /** A request by a demo user (or {@link #INGEST_FEED}), with a token fresh enough for the request. */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(tokenOf(user));
    }

    public static String tokenOf(String user) {
        Token token = TOKENS.compute(user, (name, known) -> known != null
                && known.fetched().plus(TOKEN_REUSE).isAfter(Instant.now()) ? known
                : new Token(name.startsWith("client:") ? keycloak.serviceToken(name.substring("client:".length()))
                        : keycloak.accessToken(name), Instant.now()));
        return token.value();
    }

    public static KeycloakServer keycloak() {
        return keycloak;
    }

    /**
     * Ingests, as the ingest feed, an article with content nobody sent before, and waits for its automatic
     * triage; returns its id.
     */
    public static String ingestNewArticle() {
        String unique = UUID.randomUUID().toString();
        String id = as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", "Council approves budget " + unique,
                        "body", "The city council approved the 2027 budget on Monday by 31 votes to 12. " + unique,
                        "source", "wire-test"))
                .post("/api/articles")
                .then().statusCode(201)
                .extract().path("id");
        awaitTriaged(id);
        return id;
    }

    /** Waits until automatic triage, an async job, has moved the article on from INGESTED. */
    public static String awaitTriaged(String articleId) {
        Instant deadline = Instant.now().plusSeconds(60);
        String state = stateOf(articleId);
        while ("INGESTED".equals(state) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            state = stateOf(articleId);
        }
        if ("INGESTED".equals(state)) {
            throw new AssertionError("Automatic triage of " + articleId + " did not finish within a minute");
        }
        return state;
    }

    public static String openTask(String articleId, String taskKey) {
        List<String> ids = as("admin").queryParam("articleId", articleId).queryParam("taskKey", taskKey)
                .get("/api/tasks")
                .then().statusCode(200)
                .extract().path("id");
        if (ids.size() != 1) {
            throw new AssertionError("Expected one open " + taskKey + " task for " + articleId + ", found " + ids);
        }
        return ids.get(0);
    }

    public static void claim(String user, String taskId) {
        as(user).post("/api/tasks/{id}/claim", taskId).then().statusCode(200);
    }

    public static Response complete(String user, String taskId, String decision, String comment) {
        Map<String, String> body = comment == null ? Map.of("decision", decision)
                : Map.of("decision", decision, "comment", comment);
        return as(user).contentType(ContentType.JSON).body(body).post("/api/tasks/{id}/complete", taskId);
    }

    /** The user whose job the step is claims the article's open task and completes it with the decision. */
    public static void decide(String articleId, String taskKey, String decision) {
        decide(WHO_DOES.get(taskKey), articleId, taskKey, decision);
    }

    public static void decide(String user, String articleId, String taskKey, String decision) {
        String taskId = openTask(articleId, taskKey);
        claim(user, taskId);
        String reason = decision.equals("reject") ? "not for our readers" : null;
        complete(user, taskId, decision, reason).then().statusCode(200).body("decision", equalTo(decision));
    }

    public static String stateOf(String articleId) {
        return as("admin").get("/api/articles/{id}", articleId).then().statusCode(200).extract().path("state");
    }

    public static List<Map<String, Object>> auditOf(String articleId) {
        return as("admin").get("/api/articles/{id}/audit", articleId).then().statusCode(200).extract().path("$");
    }
}
