package org.copydesk.workflow;

import static org.copydesk.it.Api.ingestUnique;
import static org.copydesk.workflow.Intakes.awaitEveryIntakeDone;
import static org.copydesk.workflow.Intakes.completedOnNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.copydesk.web.StatementCountHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A burst of articles sent to one node is triaged by every node: the node that accepts them keeps only the intakes
 * its job threads will start soon and leaves the rest in the job table for any node with a thread free.
 */
@EnabledIfSystemProperty(named = "copydesk.it.database", matches = "postgres")
class SharedIntakeIT {

    private static final int ARTICLES = 40;
    private static final Duration TRIAGED_WITHIN = Duration.ofSeconds(45);

    @Test
    void aBurstSentToOneNodeIsTriagedByEveryNode() throws Exception {
        int port = Integer.parseInt(System.getProperty("copydesk.it.port", "18081")) + 23;
        // one job thread on the node that takes the burst: it cannot keep up alone
        CopydeskServer receiving = CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("shared", port)
                .with("copydesk.node.name", "receiving").with("copydesk.workflow.job-threads", "1")
                .with("copydesk.samples.load", "false").withoutPortal().compilingQuickly()
                .withSystemProperty("copydesk.count-statements", "true");
        Api.useKeycloak(receiving.keycloak());
        CopydeskServer helping = receiving.anotherNode(port + 10).with("copydesk.node.name", "helping")
                .with("copydesk.workflow.job-threads", "4");
        try (receiving; helping) {
            receiving.start();
            helping.start();
            try (Connection db = receiving.openJdbc()) {
                List<Response> accepted = ingestBurst(receiving);
                assertEquals(ARTICLES, accepted.size());
                // an ingest's intake that finds the queue full is left to any node, not locked here and unlocked
                // again in a second transaction; only ingests that found room a moment before commit pay that
                long twoCommits = accepted.stream()
                        .filter(ingest -> !"1".equals(ingest.header(StatementCountHeaders.COMMITS))).count();
                assertTrue(twoCommits <= ARTICLES / 4, twoCommits + " of " + ARTICLES + " ingests took more than"
                        + " one commit");
                awaitEveryIntakeDone(db, TRIAGED_WITHIN, receiving, helping);
                int byReceiving = completedOnNode(db, "receiving");
                int byHelping = completedOnNode(db, "helping");
                assertTrue(byHelping > 0, "the node that received no article triaged some of the burst: "
                        + byReceiving + " on the receiving node, " + byHelping + " on the other");
                assertTrue(byReceiving > 0, "the receiving node triaged some itself");
                assertEquals(ARTICLES, byReceiving + byHelping, "each article had one intake");
            }
        }
    }

    private static List<Response> ingestBurst(CopydeskServer server) throws Exception {
        ExecutorService feeds = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Response>> posts = IntStream.range(0, ARTICLES)
                    .mapToObj(i -> (Callable<Response>) () -> ingestUnique(server, "shared-feed")).toList();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> post : feeds.invokeAll(posts)) {
                answers.add(post.get());
            }
            return answers;
        } finally {
            feeds.shutdownNow();
        }
    }
}
