package org.copydesk.workflow;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A node killed while it holds intake jobs strands nothing: the other node takes them over once their locks
 * expire, and a node restarted under its name frees its own at once. Every accepted article reaches triage,
 * each intake runs once.
 */
@EnabledIfSystemProperty(named = "copydesk.it.database", matches = "postgres")
class CrashRecoveryIT {

    private static final int ARTICLES = 60;
    private static final Duration RECOVERY = Duration.ofMinutes(2);

    @Test
    void intakesOfAKilledNodeAreFinishedByTheOtherNodeAndAfterARestart() throws Exception {
        int port = Integer.parseInt(System.getProperty("copydesk.it.port", "18081")) + 17;
        CopydeskServer first = CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("recovery", port)
                .with("copydesk.node.name", "first").withoutPortal();
        Api.useKeycloak(first.keycloak());
        CopydeskServer second = first.anotherNode(port + 10).with("copydesk.node.name", "second");
        try {
            first.start();
            second.start();
            Set<String> accepted = ingestBurst(first);
            try (Connection db = first.openJdbc()) {
                killHoldingAnIntake(first, "first", db);
                awaitEveryIntakeDone(db, second);
                assertTrue(count(db, "select count(*) from audit_entry where action = 'INTAKE_COMPLETED'"
                        + " and detail like '%on node second'") > 0, "the audit trail names the node that took over");

                accepted.addAll(ingestBurst(second));
                killHoldingAnIntake(second, "second", db);
                second.start();
                awaitEveryIntakeDone(db, second);
                assertEveryAcceptedArticleOnceWithOneIntake(db, accepted);
            }
        } finally {
            first.close();
            second.close();
        }
    }

    private static Set<String> ingestBurst(CopydeskServer server) throws InterruptedException {
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        ExecutorService feeds = Executors.newFixedThreadPool(4);
        for (int i = 0; i < ARTICLES; i++) {
            feeds.submit(() -> accepted.add(ingest(server)));
        }
        feeds.shutdown();
        assertTrue(feeds.awaitTermination(2, TimeUnit.MINUTES), "the burst was accepted");
        assertEquals(ARTICLES, accepted.size());
        return accepted;
    }

    private static String ingest(CopydeskServer server) {
        String unique = UUID.randomUUID().toString();
        return as(INGEST_FEED).baseUri(server.baseUri().toString()).contentType(ContentType.JSON)
                .body(Map.of("title", "Ferry timetable changes " + unique,
                        "body", "The ferry operator said on Friday that the winter timetable starts on 3 November"
                                + " with four crossings a day instead of six. " + unique,
                        "source", "crash-feed"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
    }

    /** Kills the node as soon as it holds an intake job (its lock in the database), so the kill strands one. */
    private static void killHoldingAnIntake(CopydeskServer node, String name, Connection db) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        try (PreparedStatement held = db.prepareStatement("select count(*) from act_ru_job where lock_owner_ = ?")) {
            held.setString(1, name);
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = held.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        node.kill();
                        assertTrue(count(db, "select count(*) from article where state = 'INGESTED'") > 0,
                                "the node died with intakes unfinished");
                        return;
                    }
                }
                Thread.sleep(5);
            }
        }
        throw new AssertionError(name + " never held an intake job");
    }

    private static void awaitEveryIntakeDone(Connection db, CopydeskServer survivor) throws Exception {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (count(db, "select count(*) from article where state = 'INGESTED'") > 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertEquals(0, count(db, "select count(*) from article where state = 'INGESTED'"),
                "every intake finished within " + RECOVERY + "\n" + survivor.logTail());
    }

    private static void assertEveryAcceptedArticleOnceWithOneIntake(Connection db, Set<String> accepted)
            throws SQLException {
        Map<String, Integer> intakes = new HashMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select a.id, count(e.id) from article a left join audit_entry e"
                     + " on e.article_id = a.id and e.action = 'INTAKE_COMPLETED' group by a.id")) {
            while (rows.next()) {
                intakes.put(rows.getString(1), rows.getInt(2));
            }
        }
        for (String article : accepted) {
            assertEquals(1, intakes.getOrDefault(article, 0), "intakes of accepted article " + article);
        }
        assertTrue(intakes.values().stream().allMatch(n -> n == 1), "no intake ran twice: " + intakes);
        assertEquals(accepted.size(), count(db, "select count(*) from article where source = 'crash-feed'"),
                "every accepted article exists once");
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
