package org.copydesk.security;

import static io.restassured.RestAssured.given;
import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.awaitTriaged;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.claimsOf;
import static org.copydesk.it.Api.decide;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.rate;
import static org.copydesk.it.Api.uniqueSurname;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.copydesk.it.Api;
import org.copydesk.it.ForgedTokens;
import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every endpoint against every kind of caller, with the status each cell must get. */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class AuthorizationMatrixIT {

    private static final List<String> INVALID = List.of("no token", "expired", "wrong audience", "wrong issuer",
            "tampered", "unknown key", "alg none");
    private static final List<String> VALID = List.of("ingest", "triage", "factchecker", "publisher", "admin",
            "supervisor", "reader", INGEST_FEED);
    /** Those with an inbox; a supervisor's holds only overdue tasks offered to the supervisors. */
    private static final Set<String> REVIEWERS = Set.of("triage", "factchecker", "publisher", "admin", "supervisor");
    private static final Set<String> NEWSROOM = Set.of("triage", "factchecker", "publisher", "admin", "supervisor",
            "reader");

    /** One endpoint: how to call it as someone (on fresh data where it changes state), and who may. */
    private record Endpoint(String name, Function<RequestSpecification, Response> call, Map<String, Integer> allowed,
                            int refused) {
        int expectedFor(String caller) {
            return allowed.getOrDefault(caller, refused);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAgainstEveryCaller() {
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String caller : INVALID) {
                cells.add(DynamicTest.dynamicTest(endpoint.name() + " by " + caller, () -> {
                    Response response = endpoint.call().apply(request(caller));
                    assertEquals(401, response.statusCode(), response.asString());
                    assertEquals("application/problem+json", response.contentType());
                    assertFalse(response.jsonPath().getString("detail").isBlank());
                }));
            }
            for (String caller : VALID) {
                cells.add(DynamicTest.dynamicTest(endpoint.name() + " by " + caller, () -> {
                    Response response = endpoint.call().apply(request(caller));
                    assertEquals(endpoint.expectedFor(caller), response.statusCode(), response.asString());
                    if (response.statusCode() == 403) {
                        assertEquals("application/problem+json", response.contentType());
                    }
                }));
            }
        }
        return cells.stream();
    }

    private static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("POST /api/articles", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("title", "Matrix " + UUID.randomUUID(), "body", "Text.", "source", "matrix"))
                        .post("/api/articles"),
                        only(201, "ingest", "triage", "admin", INGEST_FEED), 403),
                new Endpoint("GET /api/articles", request -> request.get("/api/articles"), only(200, VALID), 403),
                new Endpoint("GET /api/articles/{id}", request -> request.get("/api/articles/{id}", ingestNewArticle()),
                        only(200, VALID), 403),
                new Endpoint("GET /api/articles/{id}/audit",
                        request -> request.get("/api/articles/{id}/audit", ingestNewArticle()),
                        only(200, "triage", "factchecker", "publisher", "admin", "supervisor", "reader"), 403),
                new Endpoint("GET /api/articles/{id}/findings",
                        request -> request.get("/api/articles/{id}/findings", ingestNewArticle()), only(200, NEWSROOM), 403),
                new Endpoint("GET /api/articles/{id}/versions",
                        request -> request.get("/api/articles/{id}/versions", ingestNewArticle()), only(200, NEWSROOM), 403),
                new Endpoint("GET /api/stories", request -> request.get("/api/stories"), only(200, NEWSROOM), 403),
                new Endpoint("GET /api/articles/{id}/claims",
                        request -> request.get("/api/articles/{id}/claims", ingestNewArticle()), only(200, NEWSROOM), 403),
                new Endpoint("GET /api/articles/{id}/claims/reviews",
                        request -> request.get("/api/articles/{id}/claims/reviews", ingestNewArticle()),
                        only(200, NEWSROOM), 403),
                new Endpoint("PUT /api/articles/{id}/claims/{claimId}", request -> {
                    String[] claim = claimInFactCheck();
                    return request.contentType(ContentType.JSON)
                            .body(Map.of("status", "VERIFIED", "evidence", "agency copy"))
                            .put("/api/articles/{id}/claims/{claimId}", claim[0], claim[1]);
                }, only(200, "factchecker"), 403),
                new Endpoint("GET /api/admin/failed-jobs", request -> request.get("/api/admin/failed-jobs"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/partners", request -> request.get("/api/admin/partners"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/partners/changes", request -> request.get("/api/admin/partners/changes"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/metrics", request -> request.get("/api/admin/metrics"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/dead-deliveries", request -> request.get("/api/admin/dead-deliveries"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/audit/verify", request -> request.get("/api/admin/audit/verify"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/audit/export", request -> request.queryParam("article", ingestNewArticle())
                        .get("/api/admin/audit/export"), only(200, "admin"), 403),
                new Endpoint("GET /api/admin/audit/anchors", request -> request.get("/api/admin/audit/anchors"),
                        only(200, "admin"), 403),
                new Endpoint("POST /api/admin/audit/anchors", request -> request.post("/api/admin/audit/anchors"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/settings", request -> request.get("/api/admin/settings"),
                        only(200, "admin"), 403),
                new Endpoint("PUT /api/admin/settings", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("slaMinutes", Map.of("publish", 1440))).put("/api/admin/settings"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/articles/{id}/deliveries",
                        request -> request.get("/api/articles/{id}/deliveries", ingestNewArticle()),
                        only(200, "publisher", "admin"), 403),
                new Endpoint("GET /api/facts", request -> request.get("/api/facts"), only(200, NEWSROOM), 403),
                new Endpoint("POST /api/facts", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("claimId", verifiedClaim())).post("/api/facts"),
                        only(201, "factchecker", "admin"), 403),
                new Endpoint("GET /api/tasks", request -> request.get("/api/tasks"), only(200, REVIEWERS), 403),
                new Endpoint("GET /api/tasks/{id}", request -> request.get("/api/tasks/{id}", triageTask(false)),
                        only(200, REVIEWERS), 403),
                new Endpoint("POST /api/tasks/{id}/claim",
                        request -> request.post("/api/tasks/{id}/claim", triageTask(false)), only(200, "triage"), 403),
                new Endpoint("POST /api/tasks/{id}/unclaim",
                        request -> request.post("/api/tasks/{id}/unclaim", triageTask(true)),
                        only(200, "triage", "admin"), 403),
                new Endpoint("POST /api/tasks/{id}/complete", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("decision", "accept")).post("/api/tasks/{id}/complete", triageTask(true)),
                        only(200, "triage"), 403),
                new Endpoint("POST /api/tasks/{id}/assign", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("assignee", "triage")).post("/api/tasks/{id}/assign", triageTask(false)),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/definitions", request -> request.get("/api/admin/definitions"),
                        only(200, "admin"), 403),
                new Endpoint("POST /api/admin/definitions", request -> request.contentType("application/xml")
                        .body("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"/>")
                        .post("/api/admin/definitions"), only(422, "admin"), 403),
                new Endpoint("GET /api/admin/definitions/{id}/map",
                        request -> request.get("/api/admin/definitions/{id}/map", newestDefinition()),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/definitions/{id}/map.png",
                        request -> request.get("/api/admin/definitions/{id}/map.png", newestDefinition()),
                        only(200, "admin"), 403),
                new Endpoint("POST /api/admin/definitions/{id}/migrations/dry-run", request -> {
                    String newest = newestDefinition();
                    return request.contentType(ContentType.JSON).body(Map.of("fromDefinitionId", newest))
                            .post("/api/admin/definitions/{id}/migrations/dry-run", newest);
                }, only(200, "admin"), 403),
                new Endpoint("POST /api/admin/definitions/{id}/migrations", request -> request
                        .contentType(ContentType.JSON).body(Map.of("fromDefinitionId", "editorialReview:0:none"))
                        .post("/api/admin/definitions/{id}/migrations", newestDefinition()), only(404, "admin"), 403),
                new Endpoint("GET /api/admin/articles", request -> request.get("/api/admin/articles"),
                        only(200, "admin"), 403),
                new Endpoint("POST /api/admin/articles/{id}/cancel", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("reason", "matrix")).post("/api/admin/articles/{id}/cancel", ingestNewArticle()),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/dashboard", request -> request.get("/api/admin/dashboard"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/definitions/{id}",
                        request -> request.get("/api/admin/definitions/{id}", newestDefinition()), only(200, "admin"), 403),
                new Endpoint("GET /api/articles/{id}/original",
                        request -> request.get("/api/articles/{id}/original", ingestNewArticle()), only(200, NEWSROOM), 403),
                new Endpoint("GET /api/stories/{id}", request -> request.get("/api/stories/{id}", storyOfNewArticle()),
                        only(200, NEWSROOM), 403),
                new Endpoint("GET /api/search", request -> request.queryParam("q", "matrix").get("/api/search"),
                        only(200, NEWSROOM), 403),
                new Endpoint("GET /api/inbox", request -> request.get("/api/inbox"), only(200, REVIEWERS), 403),
                new Endpoint("GET /api/articles/{id}/comments",
                        request -> request.get("/api/articles/{id}/comments", ingestNewArticle()),
                        only(200, REVIEWERS), 403),
                new Endpoint("POST /api/articles/{id}/comments", request -> request.contentType(ContentType.JSON)
                        .body(Map.of("body", "Checked with the desk.")).post("/api/articles/{id}/comments",
                                ingestNewArticle()), only(201, REVIEWERS), 403),
                new Endpoint("GET /api/notifications", request -> request.get("/api/notifications"),
                        only(200, REVIEWERS), 403),
                new Endpoint("POST /api/notifications/read", request -> request.post("/api/notifications/read"),
                        only(200, REVIEWERS), 403),
                new Endpoint("GET /api/admin/users", request -> request.get("/api/admin/users"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/users/changes", request -> request.get("/api/admin/users/changes"),
                        only(200, "admin"), 403),
                new Endpoint("GET /api/admin/users/{id}", request -> request.get("/api/admin/users/{id}",
                        matrixPerson()), only(200, "admin"), 403),
                new Endpoint("POST /api/admin/users/{id}/roles/{role}", request -> request
                        .post("/api/admin/users/{id}/roles/{role}", matrixPerson(), "reader"), only(200, "admin"), 403),
                new Endpoint("DELETE /api/admin/users/{id}/roles/{role}", request -> request
                        .delete("/api/admin/users/{id}/roles/{role}", matrixPerson(), "reader"), only(200, "admin"),
                        403),
                new Endpoint("POST /api/admin/users/{id}/disable", request -> request
                        .post("/api/admin/users/{id}/disable", matrixPerson()), only(200, "admin"), 403),
                new Endpoint("POST /api/admin/users/{id}/enable", request -> request
                        .post("/api/admin/users/{id}/enable", matrixPerson()), only(200, "admin"), 403));
    }

    private static Map<String, Integer> only(int status, String... callers) {
        return only(status, List.of(callers));
    }

    private static Map<String, Integer> only(int status, java.util.Collection<String> callers) {
        Map<String, Integer> allowed = new LinkedHashMap<>();
        callers.forEach(caller -> allowed.put(caller, status));
        return allowed;
    }

    private static String matrixPerson;

    /**
     * One person of the realm added for the matrix; each users endpoint answers an admin 200 whatever the person's
     * state (granting a role held, revoking one not held, disabling twice change nothing).
     */
    private static synchronized String matrixPerson() {
        if (matrixPerson == null) {
            matrixPerson = Api.keycloak().addUser("matrix-" + UUID.randomUUID().toString().substring(0, 8));
        }
        return matrixPerson;
    }

    private static String newestDefinition() {
        return as("admin").get("/api/admin/definitions").then().statusCode(200).extract().path("find { it.newest }.id");
    }

    private static String storyOfNewArticle() {
        return as("admin").get("/api/articles/{id}", ingestNewArticle()).then().statusCode(200).extract()
                .path("storyId");
    }

    /** A fresh article's triage task, claimed by the triage editor if asked. */
    private static String triageTask(boolean claimed) {
        String task = openTask(ingestNewArticle(), "triage");
        if (claimed) {
            claim("triage", task);
        }
        return task;
    }

    /** An article in fact-check, its task held by the fact-checker, and one of its claims: {article, claim}. */
    private static String[] claimInFactCheck() {
        String article = ingestNewArticle();
        decide(article, "triage", "accept");
        claim("factchecker", openTask(article, "factCheck"));
        return new String[] {article, (String) claimsOf(article).get(0).get("id")};
    }

    /** A verified claim whose subject the fact base does not hold yet. */
    private static String verifiedClaim() {
        String company = uniqueSurname() + " Industries";
        String article = as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", "Matrix " + company, "body", company + ", which was founded in 1987, opened"
                        + " a new plant on Monday and said that it would hire more workers in the spring.",
                        "source", "matrix"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        awaitTriaged(article);
        decide(article, "triage", "accept");
        claim("factchecker", openTask(article, "factCheck"));
        String claimId = claimsOf(article).stream().filter(c -> "YEAR".equals(c.get("kind")))
                .map(c -> (String) c.get("id")).findFirst().orElseThrow();
        rate("factchecker", article, claimId, "VERIFIED", "registry").then().statusCode(200);
        return claimId;
    }

    private static RequestSpecification request(String caller) {
        Map<String, Supplier<String>> invalid = Map.of(
                "expired", () -> ForgedTokens.expired(Api.keycloak(), "triage", "triage-editor"),
                "wrong audience", () -> ForgedTokens.forAnotherAudience(Api.keycloak(), "triage", "triage-editor"),
                "wrong issuer", () -> ForgedTokens.fromAnotherIssuer(Api.keycloak(), "triage", "triage-editor"),
                "tampered", () -> ForgedTokens.tampered(Api.tokenOf("triage")),
                "unknown key", () -> ForgedTokens.signedWithUnknownKey(Api.keycloak(), "triage", "triage-editor"),
                "alg none", () -> ForgedTokens.unsigned(Api.keycloak(), "triage", "triage-editor"));
        if (caller.equals("no token")) {
            return given();
        }
        if (invalid.containsKey(caller)) {
            return given().auth().oauth2(invalid.get(caller).get());
        }
        return as(caller);
    }
}
