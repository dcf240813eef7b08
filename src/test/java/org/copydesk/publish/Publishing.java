package org.copydesk.publish;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.anyone;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.awaitTriaged;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.claimsOf;
import static org.copydesk.it.Api.decide;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.rate;
import static org.copydesk.it.Api.uniqueSurname;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.copydesk.it.WebhookReceiver;

/** The publishing steps the publishing tests share: articles made ready, partners, and reading deliveries back. */
final class Publishing {

    static final ObjectMapper JSON = new ObjectMapper();

    private Publishing() {
    }

    /** A new article walked to the publish step, its first claim rated FALSE with a correction (a ClaimReview). */
    static String readyToPublish() {
        String name = uniqueSurname();
        String id = as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", "Globex to cut jobs, says " + name,
                        "body", "Globex chief executive Hank " + name + ", 58, said on Monday that Globex would cut"
                                + " 1,200 jobs, about 12.5% of its workforce.\n\n" + name + " joined Globex in 2009.",
                        "source", "publish-test"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        awaitTriaged(id);
        decide(id, "triage", "accept");
        String task = openTask(id, "factCheck");
        claim("factchecker", task);
        boolean first = true;
        for (Map<String, Object> claim : claimsOf(id)) {
            Map<String, String> verdict = new HashMap<>(Map.of("status", first ? "FALSE" : "VERIFIED",
                    "evidence", "https://example.org/annual-report"));
            if (first) {
                verdict.put("correction", "The figure is 1,100 jobs.");
            }
            as("factchecker").contentType(ContentType.JSON).body(verdict)
                    .put("/api/articles/{id}/claims/{claimId}", id, claim.get("id")).then().statusCode(200);
            first = false;
        }
        org.copydesk.it.Api.complete("factchecker", task, "approve", null).then().statusCode(200);
        return id;
    }

    /** A new article with this text, accepted at triage, now in fact-check. */
    static String inFactCheck(String body) {
        String id = as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", "Update " + uniqueSurname(), "body", body, "source", "publish-test-later"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        awaitTriaged(id);
        decide(id, "triage", "accept");
        return id;
    }

    /** The publisher claims the publish task and decides; returns the answer. */
    static Response publishDecision(String articleId, String decision, String at) {
        String task = openTask(articleId, "publish");
        claim("publisher", task);
        Map<String, String> body = new HashMap<>(Map.of("decision", decision));
        if (at != null) {
            body.put("at", at);
        }
        return as("publisher").contentType(ContentType.JSON).body(body).post("/api/tasks/{id}/complete", task);
    }

    /** An admin adds a partner; returns {id, secret}. */
    static Map<String, String> addPartner(String name, String url) {
        Map<String, Object> partner = as("admin").contentType(ContentType.JSON).body(Map.of("name", name, "url", url))
                .post("/api/admin/partners").then().statusCode(201).extract().path("$");
        return Map.of("id", (String) partner.get("id"), "secret", (String) partner.get("secret"));
    }

    static void deactivate(String partnerId) {
        as("admin").contentType(ContentType.JSON).body(Map.of("active", false))
                .patch("/api/admin/partners/{id}", partnerId).then().statusCode(200);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article a webhook is about, read as a partner would: the ninjs item's Copydesk id. */
    static String articleOf(WebhookReceiver.Received received) {
        return json(received.body()).path("data").path("altids").path(0).path("value").asText();
    }

    /** The signature a partner computes from the shared secret: HMAC-SHA256 over id.timestamp.body, base64. */
    static String expectedSignature(String secret, WebhookReceiver.Received received) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((received.id() + "." + received.timestamp() + "." + received.body())
                    .getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls a public address without a token until it answers the status. */
    static Response awaitPublic(String path, int status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Response response = anyone().get(path);
        while (response.statusCode() != status && Instant.now().isBefore(deadline)) {
            sleep(100);
            response = anyone().get(path);
        }
        if (response.statusCode() != status) {
            throw new AssertionError(path + " answered " + response.statusCode() + ", not " + status);
        }
        return response;
    }

    static List<Map<String, Object>> deliveriesOf(String articleId) {
        return as("publisher").get("/api/articles/{id}/deliveries", articleId).then().statusCode(200)
                .extract().path("$");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
