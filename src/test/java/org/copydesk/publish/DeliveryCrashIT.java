package org.copydesk.publish;

import static org.copydesk.it.Api.awaitState;
import static org.copydesk.publish.Publishing.addPartner;
import static org.copydesk.publish.Publishing.articleOf;
import static org.copydesk.publish.Publishing.publishDecision;
import static org.copydesk.publish.Publishing.readyToPublish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.KeycloakServer;
import org.copydesk.it.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The server process is killed ({@code kill -9}) while it publishes and delivers, again and again, and restarted
 * on the same database each time. A partner that drops repeats of a webhook-id must end up with every article
 * exactly once: nothing lost, nothing twice under two ids. Each crash costs a server start, so it runs once, on
 * PostgreSQL, and beside the other tests (its server, database, ports and requests are its own).
 */
@EnabledIfSystemProperty(named = "copydesk.it.database", matches = "postgres")
@Execution(ExecutionMode.CONCURRENT)
class DeliveryCrashIT {

    static final int PARTNERS = 5;
    static final int ARTICLES_PER_CRASH = 3;

    @Test
    void killedWhileDeliveringTheServerLosesNothingAndDeliversNothingTwice() throws Exception {
        int crashes = Integer.getInteger("copydesk.it.crashes", 20);
        Api.useKeycloak(new KeycloakServer(Integer.getInteger("copydesk.it.keycloak.port", 18180)));
        int port = Integer.getInteger("copydesk.it.crash.port", 18099);
        CopydeskServer first = CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("crash", port)
                .with("copydesk.samples.load", "false").with("copydesk.node.name", "crash").withoutPortal().compilingQuickly();
        // the same node, restarted on the database as the kill left it
        CopydeskServer server = first.anotherNode(port);
        try (first; server;
             WebhookReceiver receiver = new WebhookReceiver(Integer.getInteger("copydesk.it.webhook.port", 18090) + 1)) {
            first.start();
            Api.useOwnServer(first);
            receiver.answerAfter(Duration.ofMillis(30));
            for (int p = 1; p <= PARTNERS; p++) {
                addPartner("Partner " + p, receiver.url("/p" + p));
            }
            List<String> published = new ArrayList<>();
            List<Long> restartMillis = new ArrayList<>();
            for (int crash = 0; crash < crashes; crash++) {
                List<String> ready = new ArrayList<>();
                for (int i = 0; i < ARTICLES_PER_CRASH; i++) {
                    ready.add(readyToPublish());
                }
                int before = receiver.received().size();
                ready.forEach(article -> publishDecision(article, "publish", null).then().statusCode(200));
                published.addAll(ready);
                // kill once deliveries are under way, at a random moment within them
                receiver.await(r -> true, before + 1 + ThreadLocalRandom.current().nextInt(PARTNERS * 2),
                        Duration.ofSeconds(60));
                (crash == 0 ? first : server).kill();
                long started = System.nanoTime();
                server.start();
                restartMillis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
            }
            published.forEach(article -> awaitState(article, "PUBLISHED"));
            Set<String> wanted = new HashSet<>(published);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (pairs(receiver, wanted).size() < published.size() * PARTNERS && Instant.now().isBefore(deadline)) {
                Publishing.sleep(200);
            }

            Map<String, Set<String>> idsByPair = pairs(receiver, wanted);
            List<WebhookReceiver.Received> all = receiver.received(r -> wanted.contains(articleOf(r)));
            long distinctIds = all.stream().map(WebhookReceiver.Received::id).distinct().count();
            long lost = (long) published.size() * PARTNERS - idsByPair.size();
            long duplicated = idsByPair.values().stream().filter(ids -> ids.size() > 1).count();
            System.out.printf("crashes %d, articles %d, partners %d: %d webhook requests, %d distinct webhook-ids,"
                            + " %d repeats of an id (dropped by the partner), %d lost, %d duplicated;"
                            + " restart median %d ms%n", crashes, published.size(), PARTNERS, all.size(), distinctIds,
                    all.size() - distinctIds, lost, duplicated, restartMillis.stream().sorted().toList()
                            .get(restartMillis.size() / 2));
            assertEquals(0, lost, "every article reached every partner");
            assertEquals(0, duplicated, "no article reached a partner under two webhook-ids");
            for (String article : published) {
                String slug = Publishing.json(receiver.received(r -> article.equals(articleOf(r))).get(0).body())
                        .path("data").path("slugline").asText();
                Api.anyone().get("/api/published/{slug}", slug).then().statusCode(200);
            }
            List<String> listed = Api.anyone().queryParam("size", 100).get("/api/published").then().statusCode(200)
                    .extract().path("items.slugline");
            assertEquals(published.size(), listed.size(), "each article listed once");
            assertEquals(listed.size(), new HashSet<>(listed).size());
            assertTrue(crashes == 0 || !restartMillis.isEmpty());
        } finally {
            Api.useOwnServer(null);
        }
    }

    /** The webhook-ids each (article, partner) pair was sent under. */
    private static Map<String, Set<String>> pairs(WebhookReceiver receiver, Set<String> articles) {
        Map<String, Set<String>> byPair = new HashMap<>();
        for (WebhookReceiver.Received received : receiver.received()) {
            String article = articleOf(received);
            if (articles.contains(article)) {
                byPair.computeIfAbsent(article + " " + received.path(), key -> new HashSet<>()).add(received.id());
            }
        }
        return byPair.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
