package org.copydesk.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copydesk.it.CopydeskServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Start-up as a client sees it: the port answers nothing until both applications are deployed and migrated, and
 * a start whose API document came out empty fails with the reason instead of serving it. Start-up does not depend
 * on the database kind, so this runs once, on H2.
 */
@EnabledIfSystemProperty(named = "copydesk.it.database", matches = "h2")
class StartupIT {

    private static final int PORT = Integer.parseInt(System.getProperty("copydesk.it.port", "18080")) + 12;

    @Test
    void thePortAnswersNothingButTheApplicationsOnceTheyAreDeployed() throws Exception {
        CopydeskServer server = CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("startup", PORT);
        Map<String, Set<Integer>> seen = new TreeMap<>();
        AtomicBoolean starting = new AtomicBoolean(true);
        Thread client = new Thread(() -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            while (starting.get()) {
                for (String call : new String[] {"POST /api/articles", "GET /api/tasks", "GET /portal/"}) {
                    seen.computeIfAbsent(call, key -> ConcurrentHashMap.newKeySet()).add(status(http, server, call));
                }
            }
        });
        try {
            client.start();
            server.start();
            starting.set(false);
            client.join();

            // -1: connection refused; 401: the API asking for a token; 302: the portal sending the browser to sign in
            assertThat(seen.get("POST /api/articles")).as("POST during start-up").isSubsetOf(-1, 401);
            assertThat(seen.get("GET /api/tasks")).as("GET /api/tasks during start-up").isSubsetOf(-1, 401);
            assertThat(seen.get("GET /portal/")).as("the portal during start-up").isSubsetOf(-1, 302);
            given().baseUri(server.baseUri().toString()).get("/health/ready").then().statusCode(200)
                    .body(containsString("documents the API"));
            given().baseUri(server.baseUri().toString()).get("/openapi").then().statusCode(200)
                    .body(containsString("/api/articles:"));
        } finally {
            starting.set(false);
            server.close();
        }
    }

    @Test
    void aStartThatWouldServeAnEmptyApiDocumentFailsWithTheReason() {
        // Without scanning, Payara builds the very document seen after a bad start: "Deployed Resources", no paths.
        CopydeskServer server = CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("emptydoc", PORT + 1)
                .withSystemProperty("mp.openapi.scan.disable", "true");
        try {
            assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("empty API document")
                    .hasMessageContaining("restart this node");
        } finally {
            server.close();
        }
    }

    private static int status(HttpClient http, CopydeskServer server, String call) {
        String[] methodAndPath = call.split(" ");
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(methodAndPath[1]))
                .timeout(Duration.ofSeconds(30));
        request = "POST".equals(methodAndPath[0])
                ? request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\",\"body\":\"b\",\"source\":\"s\"}"))
                : request.GET();
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            sleep();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
