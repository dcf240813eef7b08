package org.copydesk.publish;

import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.awaitState;
import static org.copydesk.publish.Publishing.addPartner;
import static org.copydesk.publish.Publishing.articleOf;
import static org.copydesk.publish.Publishing.publishDecision;
import static org.copydesk.publish.Publishing.readyToPublish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.RestAssured;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A scheduled publication on two nodes sharing one database: its timer fires on one node only, and a timer that
 * fell due while every node was down (killed) fires once when they are back. Each article reaches each partner
 * once and is audited as published once.
 */
@EnabledIfSystemProperty(named = "copydesk.it.database", matches = "postgres")
class ScheduledPublicationIT {

    private static final String[] PARTNERS = {"/first-partner", "/second-partner"};
    private static final Duration A_WHILE = Duration.ofSeconds(90);

    @Test
    void aScheduledPublicationFiresOnceOnTwoNodesAndOnceAfterBothWereKilled() throws Exception {
        int port = Integer.parseInt(System.getProperty("copydesk.it.port", "18081")) + 40;
        String usualBase = RestAssured.baseURI;
        CopydeskServer first = CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("schedule", port)
                .with("copydesk.samples.load", "false").with("copydesk.node.name", "first").withoutPortal().compilingQuickly();
        Api.useKeycloak(first.keycloak());
        CopydeskServer second = first.anotherNode(port + 1).with("copydesk.node.name", "second");
        CopydeskServer firstAgain = first.anotherNode(port);
        CopydeskServer secondAgain = second.anotherNode(port + 1);
        try (first; second; firstAgain; secondAgain;
             WebhookReceiver receiver = new WebhookReceiver(
                     Integer.getInteger("copydesk.it.webhook.port", 18090) + 2)) {
            first.start();
            second.start();
            RestAssured.baseURI = first.baseUri().toString();
            for (String partner : PARTNERS) {
                addPartner("Scheduled " + partner, receiver.url(partner));
            }

            String whileBothRun = readyToPublish();
            schedule(whileBothRun, Instant.now().plusSeconds(6));
            awaitState(whileBothRun, "SCHEDULED");
            assertPublishedOnce(whileBothRun, receiver);

            String whileBothAreDown = readyToPublish();
            Instant due = Instant.now().plusSeconds(4);
            schedule(whileBothAreDown, due);
            first.kill();
            second.kill();
            long down = System.nanoTime();
            CompletableFuture<Void> secondBack = CompletableFuture.runAsync(secondAgain::start);
            firstAgain.start();
            secondBack.join();
            assertFalse(Instant.now().isBefore(due), "the timer fell due while both nodes were down");
            System.out.printf("both nodes back %d ms after the kill%n",
                    Duration.ofNanos(System.nanoTime() - down).toMillis());
            assertPublishedOnce(whileBothAreDown, receiver);
        } finally {
            RestAssured.baseURI = usualBase;
        }
    }

    private static void schedule(String article, Instant at) {
        publishDecision(article, "schedule", at.truncatedTo(ChronoUnit.SECONDS).toString()).then().statusCode(200);
    }

    private static void assertPublishedOnce(String article, WebhookReceiver receiver) {
        for (String partner : PARTNERS) {
            receiver.await(r -> r.path().equals(partner) && article.equals(articleOf(r)), 1, A_WHILE);
        }
        assertEquals("PUBLISHED", awaitState(article, "PUBLISHED"));
        // a second firing would publish again within the lease of a delivery; give it that long to show
        Publishing.sleep(4000);
        for (String partner : PARTNERS) {
            List<WebhookReceiver.Received> received = receiver.received(r -> r.path().equals(partner)
                    && article.equals(articleOf(r)));
            assertEquals(1, received.size(), partner + " received " + received);
        }
        List<String> actions = auditOf(article).stream().map(entry -> (String) entry.get("action")).toList();
        assertEquals(1, actions.stream().filter("PUBLISHED"::equals).count(), actions::toString);
    }
}
