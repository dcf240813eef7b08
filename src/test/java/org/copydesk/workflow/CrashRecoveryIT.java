package org.copydesk.workflow;

import static org.copydesk.it.Api.ingestUnique;
import static org.copydesk.it.Rows.count;
import static org.copydesk.workflow.Intakes.awaitEveryIntakeDone;
import static org.copydesk.workflow.Intakes.completedOnNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                .with("copydesk.node.name", "first").withoutPortal().compilingQuickly();
        Api.useKeycloak(first.keycloak());
        CopydeskServer second = first.anotherNode(port + 10).with("copydesk.node.name", "second");
        try {
            first.start();
            second.start();
            try (Connection db = first.openJdbc()) {
                // killed in the middle of the burst: intake keeps up with a burst, so after it nothing may be held
                Set<String> accepted = ConcurrentHashMap.newKeySet();
                ExecutorService burst = ingestBurst(first, accepted);
                killHoldingAnIntake(first, "first", db);
                awaitBurst(burst);
                awaitEveryIntakeDone(db, RECOVERY, second);
                assertTrue(completedOnNode(db, "second") > 0, "the audit trail names the node that took over");

                burst = ingestBurst(second, accepted);
                killHoldingAnIntake(second, "second", db);
                awaitBurst(burst);
                second.start();
                awaitEveryIntakeDone(db, RECOVERY, second);
                assertEveryAcceptedArticleOnceWithOneIntake(db, accepted);
            }
        } finally {
            first.close();
            second.close();
        }
    }

    /**
     * Posts a burst of articles from four clients; those the server answered with 201 join the accepted. A post the
     * server died during is not accepted (it may still exist, if the server committed it before it died).
     */
    private static ExecutorService ingestBurst(CopydeskServer server, Set<String> accepted) {
        ExecutorService feeds = Executors.newFixedThreadPool(4);
        for (int i = 0; i < ARTICLES; i++) {
            feeds.submit(() -> {
                try {
                    accepted.add(ingestUnique(server, "crash-feed").path("id"));
                } catch (RuntimeException | AssertionError refusedOrDead) {
                    // the node was killed under this post
                }
            });
        }
        feeds.shutdown();
        return feeds;
    }

    private static void awaitBurst(ExecutorService burst) throws InterruptedException {
        assertTrue(burst.awaitTermination(2, TimeUnit.MINUTES), "the burst ended");
    }

    /** Kills the node as soon as it holds an intake job (its lock in the database), so the kill strands one. */
    private static void killHoldingAnIntake(CopydeskServer node, String name, Connection db) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        try (PreparedStatement held = db.prepareStatement("select count(*) from act_ru_job where lock_owner_ = ?")) {
            held.setString(1, name);
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rows = held.executeQuery()) {
                    rows.next();
                    // holding one, with more waiting behind it: the kill strands work even if the held one just ends
                    if (rows.getInt(1) > 0 && count(db, "select count(*) from article where state = 'INGESTED'") > 1) {
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
        // a post the node committed as it died exists unanswered; it too must have had its one intake (above)
        assertTrue(count(db, "select count(*) from article where source = 'crash-feed'") >= Math.max(1, accepted.size()),
                "every accepted article exists");
    }

}
