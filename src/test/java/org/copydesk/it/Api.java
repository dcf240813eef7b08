package org.copydesk.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** The workflow API steps the integration tests repeat, each as the demo user whose job it is. */
public final class Api {

    /** The ingest feed's service account (client credentials). */
    public static final String INGEST_FEED = "client:copydesk-ingest";
    private static final Map<String, String> WHO_DOES = Map.of(
            "triage", "triage", "revision", "triage", "factCheck", "factchecker", "publish", "publisher");
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(200);

    private static volatile KeycloakServer keycloak;
    /** A server of the test's own for this thread's requests; RestAssured's base (the shared server) without one. */
    private static final ThreadLocal<String> OWN_SERVER = new ThreadLocal<>();
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {
    }

    private Api() {
    }

    public static void useKeycloak(KeycloakServer server) {
        keycloak = server;
    }

    /**
     * Sends this thread's requests to a server of the test's own rather than the shared one, so that a test that
     * runs beside the others does not move their requests; null goes back to the shared server.
     */
    public static void useOwnServer(CopydeskServer server) {
        if (server == null) {
            OWN_SERVER.remove();
        } else {
            OWN_SERVER.set(server.baseUri().toString());
        }
    }

    /** A request without a token. */
    public static RequestSpecification anyone() {
        String own = OWN_SERVER.get();
        return own == null ? given() : given().baseUri(own);
    }

    /** A request by a demo user (or {@link #INGEST_FEED}), with a token fresh enough for the request. */
    public static RequestSpecification as(String user) {
        return anyone().auth().oauth2(tokenOf(user));
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

    /**
     * Ingests into this server, as the ingest feed, an article with content nobody sent before from this source;
     * returns the answer (201, the article's id) at once: triage runs behind it.
     */
    public static Response ingestUnique(CopydeskServer server, String source) {
        String unique = UUID.randomUUID().toString();
        return as(INGEST_FEED).baseUri(server.baseUri().toString()).contentType(ContentType.JSON)
                .body(Map.of("title", "Ferry timetable changes " + unique,
                        "body", "The ferry operator said on Friday that the winter timetable starts on 3 November"
                                + " with four crossings a day instead of six. " + unique,
                        "source", source))
                .post("/api/articles").then().statusCode(201).extract().response();
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

    /** The article's open task of this step, waiting for automatic steps (claim extraction) before it to open it. */
    public static String openTask(String articleId, String taskKey) {
        Instant deadline = Instant.now().plusSeconds(60);
        List<String> ids = openTasks(articleId, taskKey);
        while (ids.isEmpty() && Instant.now().isBefore(deadline)) {
            pause();
            ids = openTasks(articleId, taskKey);
        }
        if (ids.size() != 1) {
            throw new AssertionError("Expected one open " + taskKey + " task for " + articleId + ", found " + ids);
        }
        return ids.get(0);
    }

    private static List<String> openTasks(String articleId, String taskKey) {
        return as("admin").header("Prefer", "wait=5").queryParam("articleId", articleId).queryParam("taskKey", taskKey)
                .get("/api/tasks")
                .then().statusCode(200).extract().path("id");
    }

    /** Waits until the article reaches the state (automatic steps run as jobs); returns the state it has then. */
    public static String awaitState(String articleId, String expected) {
        Instant deadline = Instant.now().plusSeconds(60);
        String state = stateOf(articleId);
        while (!expected.equals(state) && Instant.now().isBefore(deadline)) {
            pause();
            state = stateOf(articleId);
        }
        return state;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
        if (decision.equals("approve")) {
            verifyEveryClaim(user, articleId);
        }
        String reason = switch (decision) {
            case "reject" -> "not for our readers";
            case "revise" -> "check the figures against the agency copy";
            default -> null;
        };
        complete(user, taskId, decision, reason).then().statusCode(200).body("decision", equalTo(decision));
    }

    /** The fact-checker holding the task rates every claim that still blocks approval as verified. */
    public static void verifyEveryClaim(String user, String articleId) {
        for (Map<String, Object> claim : claimsOf(articleId)) {
            if ("UNCHECKED".equals(claim.get("status")) || "FALSE".equals(claim.get("status"))) {
                rate(user, articleId, (String) claim.get("id"), "VERIFIED", "checked against the agency copy")
                        .then().statusCode(200);
            }
        }
    }

    public static Response rate(String user, String articleId, String claimId, String status, String evidence) {
        Map<String, String> body = new HashMap<>();
        body.put("status", status);
        body.put("evidence", evidence);
        return as(user).contentType(ContentType.JSON).body(body)
                .put("/api/articles/{id}/claims/{claimId}", articleId, claimId);
    }

    public static List<Map<String, Object>> claimsOf(String articleId) {
        return as("admin").get("/api/articles/{id}/claims", articleId).then().statusCode(200).extract().path("$");
    }

    /** The five sample articles loaded at start-up, by the opening of their titles, each triaged. */
    public static Map<String, String> sampleIdsByOpening() {
        List<Map<String, Object>> items = as("reader").queryParam("size", 200).get("/api/articles").then()
                .extract().path("items.findAll { it.source == 'copydesk-samples' }");
        Map<String, String> byOpening = new HashMap<>();
        for (String opening : List.of("Why AI Pioneer", "Just Now", "Yann LeCun, a pioneer", "Le meilleur",
                "In the vast")) {
            String id = items.stream().filter(item -> ((String) item.get("title")).startsWith(opening))
                    .map(item -> (String) item.get("id")).findFirst()
                    .orElseThrow(() -> new AssertionError("no sample titled " + opening + "…"));
            awaitTriaged(id);
            byOpening.put(opening, id);
        }
        return byOpening;
    }

    /** A surname nobody else in the test data has, so that a test's claims have subjects of their own. */
    public static String uniqueSurname() {
        StringBuilder name = new StringBuilder("Var");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    public static String stateOf(String articleId) {
        return as("admin").get("/api/articles/{id}", articleId).then().statusCode(200).extract().path("state");
    }

    public static List<Map<String, Object>> auditOf(String articleId) {
        return as("admin").get("/api/articles/{id}/audit", articleId).then().statusCode(200).extract().path("$");
    }
}
