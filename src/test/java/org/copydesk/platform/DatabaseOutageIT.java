package org.copydesk.platform;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The database out of reach for a few seconds under load: every request it fails gets 503 problem+json with
 * Retry-After, readiness goes DOWN and back UP, and afterwards every accepted article exists once and finishes
 * its intake. A commit whose answer the outage cut off is in doubt for the feed: it retries as Retry-After says,
 * and the repeat is recognised as the article already received instead of becoming a second one.
 */
@EnabledIfSystemProperty(named = "copydesk.it.database", matches = "postgres")
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final Duration RECOVERY = Duration.ofMinutes(3);
    private static final int FEEDS = 4;

    private record Answer(String unique, int status, String contentType, String retryAfter, String body) {
    }

    @Test
    void requestsGet503WhileTheDatabaseIsAwayAndNothingAcceptedIsLost() throws Exception {
        int port = Integer.parseInt(System.getProperty("copydesk.it.port", "18081")) + 14;
        CopydeskServer server = CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("outage", port).withoutPortal().compilingQuickly();
        Api.useKeycloak(server.keycloak());
        Api.tokenOf(INGEST_FEED);
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<Answer> refused = new ConcurrentLinkedQueue<>();
        List<Integer> readiness = new ArrayList<>();
        AtomicBoolean feeding = new AtomicBoolean(true);
        ExecutorService feeds = Executors.newFixedThreadPool(FEEDS);
        try (server) {
            server.start();
            for (int i = 0; i < FEEDS; i++) {
                feeds.submit(() -> {
                    while (feeding.get()) {
                        Answer answer = ingest(server, UUID.randomUUID().toString());
                        if (answer.status() == 201) {
                            accepted.add(answer.body());
                        } else {
                            refused.add(answer);
                        }
                    }
                    return null;
                });
            }
            Instant loaded = Instant.now().plusSeconds(90);
            while (accepted.size() < FEEDS && Instant.now().isBefore(loaded)) {
                Thread.sleep(100);
            }
            int acceptedBefore = accepted.size();
            String name;
            String url;
            try (Connection db = server.openJdbc()) {
                name = single(db, "select current_database()");
                url = db.getMetaData().getURL();
            }
            // PostgreSQL refuses to close a database to the session connected to it: the outage is made from another
            String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
            try (Connection db = DriverManager.getConnection(maintenance,
                    System.getProperty("copydesk.it.postgres.user", "postgres"),
                    System.getProperty("copydesk.it.postgres.password", ""))) {
                Instant end = Instant.now().plus(OUTAGE);
                try (Statement statement = db.createStatement()) {
                    statement.execute("alter database " + name + " allow_connections false");
                    while (Instant.now().isBefore(end)) {
                        statement.execute("select pg_terminate_backend(pid) from pg_stat_activity"
                                + " where datname = '" + name + "'");
                        readiness.add(readiness(server));
                        Thread.sleep(200);
                    }
                    statement.execute("alter database " + name + " allow_connections true");
                }
            }
            Thread.sleep(2000);
            feeding.set(false);
            feeds.shutdown();
            assertTrue(feeds.awaitTermination(2, TimeUnit.MINUTES), "the feeds stopped");

            assertTrue(acceptedBefore > 0, "articles were accepted before the outage");
            assertTrue(readiness.contains(503), "readiness went DOWN during the outage: " + readiness);
            assertTrue(!refused.isEmpty(), "some requests met the outage");
            for (Answer answer : refused) {
                assertEquals(503, answer.status(), "a request during the outage: " + answer);
                assertEquals("application/problem+json", answer.contentType(), "its body: " + answer);
                assertEquals("5", answer.retryAfter(), "it says when to retry: " + answer);
            }
            Instant deadline = Instant.now().plus(RECOVERY);
            while (readiness(server) != 200 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            assertEquals(200, readiness(server), "readiness is UP again");
            int inDoubt = 0;
            for (Answer answer : refused) {
                Answer retry = ingest(server, answer.unique());
                assertTrue(retry.status() == 201 || retry.status() == 200, "a retry after the outage: " + retry);
                assertTrue(accepted.add(retry.body()), "a retried article was not accepted before: " + retry);
                inDoubt += retry.status() == 200 ? 1 : 0;
            }
            System.out.printf("outage: %d accepted, %d refused with 503, of which %d had been stored before the"
                    + " answer was lost%n", accepted.size() - refused.size(), refused.size(), inDoubt);
            try (Connection db = server.openJdbc()) {
                while (count(db, "select count(*) from article where source = 'outage-feed' and state = 'INGESTED'") > 0
                        && Instant.now().isBefore(deadline)) {
                    Thread.sleep(1000);
                }
                assertEquals(0, count(db, "select count(*) from article where source = 'outage-feed'"
                        + " and state = 'INGESTED'"), "every intake finished within " + RECOVERY + "\n" + server.logTail());
                for (String id : accepted) {
                    assertEquals(1, count(db, "select count(*) from article where id = '" + id + "'"),
                            "accepted article " + id + " exists once");
                }
                assertEquals(accepted.size(), count(db, "select count(*) from article where source = 'outage-feed'"),
                        "no article exists that was not accepted");
            }
        } finally {
            feeding.set(false);
            feeds.shutdownNow();
        }
    }

    private static Answer ingest(CopydeskServer server, String unique) {
        Response response = as(INGEST_FEED).baseUri(server.baseUri().toString()).contentType(ContentType.JSON)
                .body(Map.of("title", "Harbour dredging resumes " + unique,
                        "body", "The port authority said dredging of the outer harbour resumes on Monday after"
                                + " a two-week pause for repairs to the dredger. " + unique,
                        "source", "outage-feed"))
                .post("/api/articles");
        String contentType = response.getContentType() == null ? "" : response.getContentType().split(";")[0];
        String body = response.statusCode() == 201 ? response.path("id") : response.asString();
        return new Answer(unique, response.statusCode(), contentType, response.getHeader("Retry-After"), body);
    }

    private static int readiness(CopydeskServer server) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.baseUri().resolve("/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        return Integer.parseInt(single(db, sql));
    }
}
