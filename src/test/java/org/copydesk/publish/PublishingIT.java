package org.copydesk.publish;

import static io.restassured.RestAssured.given;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.stateOf;
import static org.copydesk.publish.Publishing.addPartner;
import static org.copydesk.publish.Publishing.articleOf;
import static org.copydesk.publish.Publishing.awaitPublic;
import static org.copydesk.publish.Publishing.deactivate;
import static org.copydesk.publish.Publishing.deliveriesOf;
import static org.copydesk.publish.Publishing.expectedSignature;
import static org.copydesk.publish.Publishing.json;
import static org.copydesk.publish.Publishing.publishDecision;
import static org.copydesk.publish.Publishing.readyToPublish;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copydesk.it.RunningServer;
import org.copydesk.it.WebhookReceiver;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class PublishingIT {

    private static final Duration A_WHILE = Duration.ofSeconds(60);
    private static WebhookReceiver receiver;
    private static Map<String, String> partner;
    private static Map<String, String> flaky;
    private static Map<String, String> down;
    private static JsonSchema ninjs;

    @BeforeAll
    static void partners() throws Exception {
        receiver = new WebhookReceiver(Integer.getInteger("copydesk.it.webhook.port", 18090));
        partner = addPartner("Partner daily", receiver.url("/partner"));
        flaky = addPartner("Flaky wire", receiver.url("/flaky"));
        down = addPartner("Down agency", receiver.url("/down"));
        receiver.failFirst("/flaky", 2);
        receiver.failAlways("/down");
        try (InputStream schema = PublishingIT.class.getResourceAsStream("/ninjs/ninjs-schema_2.2.json")) {
            ninjs = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    @AfterAll
    static void stop() {
        // later tests' articles would otherwise keep retrying towards a receiver that is gone
        List.of(partner, flaky, down).forEach(p -> deactivate(p.get("id")));
        receiver.close();
    }

    @Test
    void aPublishedArticleReachesEveryChannelAndPartnersCanCheckItsSignature() throws Exception {
        String article = readyToPublish();
        publishDecision(article, "publish", null).then().statusCode(200).body("articleState", equalTo("READY"));
        awaitState(article, "PUBLISHED");

        WebhookReceiver.Received hook = receiver.await(r -> r.path().equals("/partner")
                && article.equals(articleOf(r)), 1, A_WHILE).get(0);
        assertTrue(List.of(hook.signature().split(" ")).contains(expectedSignature(partner.get("secret"), hook)),
                "the signature a partner recomputes matches");
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(hook.timestamp())) < 300);
        JsonNode event = json(hook.body());
        assertEquals("article.published", event.path("type").asText());
        String slug = event.path("data").path("slugline").asText();
        assertEquals(Set.of(), ninjs.validate(event.path("data")), "webhook data is ninjs");

        Response one = awaitPublic("/api/published/" + slug, 200, A_WHILE);
        JsonNode item = json(one.asString());
        Set<ValidationMessage> problems = ninjs.validate(item);
        assertEquals(Set.of(), problems, "the public API's item validates against the ninjs 2.2 schema");
        assertEquals("usable", item.path("pubstatus").asText());
        assertEquals("1", item.path("version").asText());
        assertTrue(item.path("headlines").path(0).path("value").asText().startsWith("Globex to cut jobs"));
        String etag = one.header("ETag");
        given().header("If-None-Match", etag).get("/api/published/{slug}", slug).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/api/published/{slug}", slug).then().statusCode(200);

        JsonNode listing = json(given().queryParam("size", 100).get("/api/published").then().statusCode(200)
                .extract().asString());
        List<String> created = new ArrayList<>();
        listing.path("items").forEach(i -> created.add(i.path("firstcreated").asText()));
        assertTrue(created.contains(item.path("firstcreated").asText()));
        List<String> newestFirst = new ArrayList<>(created);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, created, "newest first");
        given().queryParam("size", 0).get("/api/published").then().statusCode(400);

        awaitPublic("/articles/" + slug, 200, A_WHILE);
        Response page = given().get("/articles/{slug}", slug);
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("default-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        Document html = Jsoup.parse(page.asString());
        assertTrue(html.select("script").stream().allMatch(s -> s.attr("type").equals("application/ld+json")),
                "no script but JSON-LD data");
        List<String> types = html.select("script[type=application/ld+json]").stream()
                .map(s -> json(s.data()).path("@type").asText()).toList();
        assertEquals(List.of("NewsArticle", "ClaimReview"), types);
        assertEquals("Globex to cut jobs", html.selectFirst("h1").text().substring(0, 18));

        SyndFeed feed = feed();
        Optional<SyndEntry> entry = feed.getEntries().stream()
                .filter(e -> e.getUri().equals("urn:uuid:" + article)).findFirst();
        assertTrue(entry.isPresent(), "the Atom feed has the article");
        assertTrue(entry.get().getLink().endsWith("/articles/" + slug));

        List<Map<String, Object>> log = deliveriesOf(article);
        List<Object> channels = log.stream().filter(d -> "DELIVERED".equals(d.get("status")))
                .map(d -> d.get("channel")).sorted().toList();
        assertTrue(channels.containsAll(List.of("API", "FEED", "PAGE", "WEBHOOK")), log::toString);
        assertTrue(auditOf(article).stream().anyMatch(e -> "PUBLISHED".equals(e.get("action"))));
        given().get("/api/published/{slug}", "no-such-article").then().statusCode(404);
    }

    @Test
    void everyChangeToAPartnerIsAuditedWithWhoDidItAndNeverTheSecret() {
        String url = receiver.url("/audited");
        Map<String, String> audited = addPartner("Audited wire", url);
        as("admin").contentType("application/json").body(Map.of("name", "Audited wire (renamed)"))
                .patch("/api/admin/partners/{id}", audited.get("id")).then().statusCode(200);
        deactivate(audited.get("id"));

        List<Map<String, Object>> changes = as("admin").get("/api/admin/partners/changes")
                .then().statusCode(200).extract().path("findAll { it.detail.contains('" + audited.get("id") + "') }");
        assertEquals(List.of("PARTNER_ADDED", "PARTNER_CHANGED", "PARTNER_CHANGED"),
                changes.stream().map(change -> change.get("action")).toList());
        changes.forEach(change -> {
            assertEquals("admin", change.get("actor"));
            assertFalse(((String) change.get("detail")).contains(audited.get("secret")), "the trail holds the secret");
            assertFalse(((String) change.get("detail")).contains("whsec_"), "the trail holds a secret");
        });
        assertTrue(((String) changes.get(0).get("detail")).contains("'Audited wire' at " + url));
        assertTrue(((String) changes.get(1).get("detail")).contains("to 'Audited wire (renamed)' at " + url
                + ", active"));
        assertTrue(((String) changes.get(2).get("detail")).endsWith(", inactive"));
        as("publisher").get("/api/admin/partners/changes").then().statusCode(403);
    }

    @Test
    void failedWebhooksAreRetriedWithTheSameIdThenDeadForAnAdminToResend() {
        String article = readyToPublish();
        publishDecision(article, "publish", null).then().statusCode(200);
        List<WebhookReceiver.Received> tries = receiver.await(r -> r.path().equals("/flaky")
                && article.equals(articleOf(r)), 3, A_WHILE);
        assertEquals(1, tries.stream().map(WebhookReceiver.Received::id).distinct().count(), "one webhook-id");
        assertTrue(tries.get(1).at().isAfter(tries.get(0).at()) && tries.get(2).at().isAfter(tries.get(1).at()));

        List<WebhookReceiver.Received> refused = receiver.await(r -> r.path().equals("/down")
                && article.equals(articleOf(r)), 4, A_WHILE);
        Map<String, Object> dead = awaitDead(article);
        assertEquals(refused.get(0).id(), dead.get("id"));
        assertEquals(4, dead.get("attempts"));
        assertEquals("Down agency", dead.get("partner"));
        assertTrue(((String) dead.get("lastError")).contains("503"));
        as("publisher").get("/api/admin/dead-deliveries").then().statusCode(403);

        receiver.accept("/down");
        try {
            as("admin").post("/api/admin/dead-deliveries/{id}/resend", dead.get("id")).then().statusCode(200)
                    .body("status", equalTo("PENDING"));
            as("admin").post("/api/admin/dead-deliveries/{id}/resend", dead.get("id")).then().statusCode(409);
            List<WebhookReceiver.Received> all = receiver.await(r -> r.path().equals("/down")
                    && article.equals(articleOf(r)), 5, A_WHILE);
            assertEquals(1, all.stream().map(WebhookReceiver.Received::id).distinct().count());
        } finally {
            receiver.failAlways("/down");
        }
        Instant deadline = Instant.now().plus(A_WHILE);
        Map<String, Object> resent = delivery(article, (String) dead.get("id"));
        while (!"DELIVERED".equals(resent.get("status")) && Instant.now().isBefore(deadline)) {
            Publishing.sleep(100);
            resent = delivery(article, (String) dead.get("id"));
        }
        assertEquals("DELIVERED", resent.get("status"));
        Map<String, Object> flakyDelivery = delivery(article, tries.get(0).id());
        assertEquals("DELIVERED", flakyDelivery.get("status"));
        assertEquals(3, ((List<?>) flakyDelivery.get("tries")).size());
        List<String> actions = auditOf(article).stream().map(e -> (String) e.get("action")).toList();
        assertTrue(actions.containsAll(List.of("DELIVERY_DEAD", "DELIVERY_RESENT")), actions::toString);
    }

    @Test
    void aScheduledArticleWaitsForItsTimer() {
        String article = readyToPublish();
        publishDecision(article, "schedule", null).then().statusCode(422).body("detail", containsString("'at'"));
        Response past = as("publisher").contentType("application/json")
                .body(Map.of("decision", "schedule", "at", "2001-01-01T00:00:00Z"))
                .post("/api/tasks/{id}/complete", org.copydesk.it.Api.openTask(article, "publish"));
        past.then().statusCode(422).body("detail", containsString("future"));
        Instant at = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        as("publisher").contentType("application/json").body(Map.of("decision", "schedule", "at", at.toString()))
                .post("/api/tasks/{id}/complete", org.copydesk.it.Api.openTask(article, "publish"))
                .then().statusCode(200);
        awaitState(article, "SCHEDULED");
        WebhookReceiver.Received hook = receiver.await(r -> r.path().equals("/partner")
                && article.equals(articleOf(r)), 1, A_WHILE).get(0);
        assertFalse(hook.at().isBefore(at), "delivered at " + hook.at() + ", scheduled for " + at);
        awaitState(article, "PUBLISHED");
        assertTrue(auditOf(article).stream().anyMatch(e -> "SCHEDULED".equals(e.get("toState"))));
    }

    @Test
    void anEmbargoedArticleGoesToPartnersAtOnceAndToReadersNeverBeforeItsTime() throws Exception {
        String article = readyToPublish();
        // far enough ahead that a busy machine still delivers and looks before the embargo ends
        Instant until = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        publishDecision(article, "embargo", until.toString()).then().statusCode(200);
        WebhookReceiver.Received hook = receiver.await(r -> r.path().equals("/partner")
                && article.equals(articleOf(r)), 1, A_WHILE).get(0);
        JsonNode data = json(hook.body()).path("data");
        assertEquals(until, Instant.parse(data.path("embargoed").asText()));
        assertTrue(hook.at().isBefore(until), "partners have it before the embargo ends");
        String slug = data.path("slugline").asText();

        int hidden = 0;
        boolean seen = false;
        while (!seen) {
            int api = given().get("/api/published/{slug}", slug).statusCode();
            int page = given().get("/articles/{slug}", slug).statusCode();
            boolean inFeed = feed().getEntries().stream().anyMatch(e -> e.getUri().equals("urn:uuid:" + article));
            boolean listed = given().queryParam("size", 100).get("/api/published").asString().contains(slug);
            Instant answered = Instant.now();
            if (api == 200 || page == 200 || inFeed || listed) {
                assertFalse(answered.isBefore(until), "visible at " + answered + " under embargo until " + until);
                seen = api == 200 && page == 200 && inFeed && listed;
            } else {
                assertEquals(404, api);
                assertEquals(404, page);
                hidden++;
            }
            assertTrue(answered.isBefore(until.plusSeconds(60)), "still hidden a minute after the embargo");
            Publishing.sleep(200);
        }
        assertTrue(hidden > 0, "it was looked for under embargo");
    }

    @Test
    void aCorrectionReachesEveryChannelAsAnUpdateOfTheSameItem() throws Exception {
        String article = readyToPublish();
        publishDecision(article, "publish", null).then().statusCode(200);
        JsonNode first = json(receiver.await(r -> r.path().equals("/partner") && article.equals(articleOf(r)), 1,
                A_WHILE).get(0).body()).path("data");
        String slug = first.path("slugline").asText();
        awaitPublic("/api/published/" + slug, 200, A_WHILE);

        String note = "An earlier version misstated the number of jobs cut.";
        as("factchecker").contentType("application/json").body(Map.of("text", "x", "note", note))
                .post("/api/articles/{id}/corrections", article).then().statusCode(403);
        as("publisher").contentType("application/json").body(Map.of("text", "Globex will cut 1,100 jobs."))
                .post("/api/articles/{id}/corrections", article).then().statusCode(422);
        as("publisher").contentType("application/json")
                .body(Map.of("text", "Globex will cut 1,100 jobs, its chief executive said on Monday.", "note", note))
                .post("/api/articles/{id}/corrections", article).then().statusCode(200).body("version", equalTo(2));

        JsonNode update = json(receiver.await(r -> r.path().equals("/partner") && article.equals(articleOf(r))
                && r.body().contains("article.updated"), 1, A_WHILE).get(0).body());
        assertEquals(first.path("uri").asText(), update.path("data").path("uri").asText(), "the same item");
        assertEquals("2", update.path("data").path("version").asText());
        assertTrue(update.path("data").path("ednote").asText().contains(note));

        JsonNode item = awaitVersion(slug, "2");
        assertEquals(Set.of(), ninjs.validate(item));
        assertTrue(item.path("bodies").path(0).path("value").asText().startsWith("Globex will cut 1,100 jobs"));
        Document page = Jsoup.parse(awaitPage(slug, note));
        assertTrue(page.select("section.corrections li").text().contains(note));
        JsonNode newsArticle = json(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals(note, newsArticle.path("correction").path(0).path("text").asText());
        List<SyndEntry> entries = feed().getEntries().stream()
                .filter(e -> e.getUri().equals("urn:uuid:" + article)).toList();
        assertEquals(1, entries.size(), "one entry, updated");
        assertTrue(entries.get(0).getDescription().getValue().contains(note));
        assertTrue(auditOf(article).stream().anyMatch(e -> "CORRECTED".equals(e.get("action"))));
    }

    @Test
    void aKillNeedsAnAdminOrTwoPublishersAndLeavesOnlyAKillNotice() throws Exception {
        String article = readyToPublish();
        publishDecision(article, "publish", null).then().statusCode(200);
        String slug = json(receiver.await(r -> r.path().equals("/partner") && article.equals(articleOf(r)), 1,
                A_WHILE).get(0).body()).path("data").path("slugline").asText();
        awaitPublic("/api/published/" + slug, 200, A_WHILE);
        awaitPublic("/articles/" + slug, 200, A_WHILE);

        String reason = "Withdrawn on legal advice.";
        as("triage").contentType("application/json").body(Map.of("reason", reason))
                .post("/api/articles/{id}/kill", article).then().statusCode(403);
        as("publisher").contentType("application/json").body(Map.of("reason", reason))
                .post("/api/articles/{id}/kill", article).then().statusCode(200)
                .body("state", equalTo("PUBLISHED")).body("killRequestedBy", equalTo("publisher"));
        as("publisher").contentType("application/json").body(Map.of("reason", reason))
                .post("/api/articles/{id}/kill", article).then().statusCode(409);
        assertEquals("PUBLISHED", stateOf(article));
        as("editor").contentType("application/json").body(Map.of("reason", reason))
                .post("/api/articles/{id}/kill", article).then().statusCode(200).body("state", equalTo("KILLED"));
        assertEquals("KILLED", stateOf(article));

        JsonNode killed = json(receiver.await(r -> r.path().equals("/partner") && article.equals(articleOf(r))
                && r.body().contains("article.killed"), 1, A_WHILE).get(0).body()).path("data");
        assertEquals("canceled", killed.path("pubstatus").asText());
        assertEquals(Set.of(), ninjs.validate(killed));
        Response gone = awaitPublic("/api/published/" + slug, 410, A_WHILE);
        assertTrue(gone.asString().contains(reason));
        Response page = awaitPublic("/articles/" + slug, 410, A_WHILE);
        assertTrue(page.asString().contains(reason));
        assertFalse(page.asString().contains("Globex chief executive"), "nothing of the article is left");
        assertFalse(given().queryParam("size", 100).get("/api/published").asString().contains(slug));
        Instant deadline = Instant.now().plus(A_WHILE);
        while (feed().getEntries().stream().anyMatch(e -> e.getUri().equals("urn:uuid:" + article))) {
            assertTrue(Instant.now().isBefore(deadline), "the feed still has the killed article");
            Publishing.sleep(100);
        }
        as("publisher").contentType("application/json").body(Map.of("text", "x", "note", "y"))
                .post("/api/articles/{id}/corrections", article).then().statusCode(409);
        List<String> actions = auditOf(article).stream().map(e -> (String) e.get("action")).toList();
        assertTrue(actions.containsAll(List.of("KILL_REQUESTED", "KILLED")), actions::toString);
    }

    @Test
    void aClaimRatedFalseLaterFlagsThePublishedArticlesCarryingItWithACorrectionTask() {
        String published = readyToPublish();
        publishDecision(published, "publish", null).then().statusCode(200);
        awaitState(published, "PUBLISHED");
        Map<String, Object> carried = org.copydesk.it.Api.claimsOf(published).stream()
                // the job cuts: a count with its subject and attribute, which claims of other articles meet
                .filter(c -> "VERIFIED".equals(c.get("status")) && "COUNT".equals(c.get("kind")))
                .filter(c -> String.valueOf(c.get("subjectKey")).startsWith("globex|layoffs"))
                .findFirst().orElseThrow(() -> new AssertionError("no comparable verified claim"));

        String later = Publishing.inFactCheck("An update: " + carried.get("sentence"));
        String task = org.copydesk.it.Api.openTask(later, "factCheck");
        org.copydesk.it.Api.claim("factchecker", task);
        Map<String, Object> same = org.copydesk.it.Api.claimsOf(later).stream()
                .filter(c -> c.get("subjectKey").equals(carried.get("subjectKey"))
                        && c.get("value").equals(carried.get("value")))
                .findFirst().orElseThrow(() -> new AssertionError("the later article does not carry the claim"));
        String evidence = "https://example.org/filing-" + later;
        as("factchecker").contentType("application/json").body(Map.of("status", "FALSE", "evidence", evidence))
                .put("/api/articles/{id}/claims/{claimId}", later, same.get("id")).then().statusCode(200);

        String correction = org.copydesk.it.Api.openTask(published, "correction");
        Map<String, Object> view = as("publisher").get("/api/tasks/{id}", correction).then().statusCode(200)
                .extract().path("$");
        assertTrue(String.valueOf(view.get("notes")).contains(evidence), view::toString);
        assertTrue(auditOf(published).stream().anyMatch(e -> "CORRECTION_FLAGGED".equals(e.get("action"))));
        as("publisher").contentType("application/json")
                .body(Map.of("headline", "Globex job cuts: figures under review", "note", "A figure is disputed."))
                .post("/api/articles/{id}/corrections", published).then().statusCode(200);
        as("admin").queryParam("articleId", published).queryParam("taskKey", "correction").get("/api/tasks")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    private static JsonNode awaitVersion(String slug, String version) {
        Instant deadline = Instant.now().plus(A_WHILE);
        JsonNode item = json(given().get("/api/published/{slug}", slug).asString());
        while (!version.equals(item.path("version").asText()) && Instant.now().isBefore(deadline)) {
            Publishing.sleep(100);
            item = json(given().get("/api/published/{slug}", slug).asString());
        }
        assertEquals(version, item.path("version").asText());
        return item;
    }

    private static String awaitPage(String slug, String text) {
        Instant deadline = Instant.now().plus(A_WHILE);
        String page = given().get("/articles/{slug}", slug).asString();
        while (!page.contains(text) && Instant.now().isBefore(deadline)) {
            Publishing.sleep(100);
            page = given().get("/articles/{slug}", slug).asString();
        }
        assertTrue(page.contains(text), "the page shows " + text);
        return page;
    }

    private static SyndFeed feed() throws Exception {
        byte[] atom = given().get("/api/feed").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asByteArray();
        return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(atom)));
    }

    private static Map<String, Object> awaitDead(String article) {
        Instant deadline = Instant.now().plus(A_WHILE);
        while (Instant.now().isBefore(deadline)) {
            List<Map<String, Object>> dead = as("admin").get("/api/admin/dead-deliveries").then().statusCode(200)
                    .extract().path("findAll { it.articleId == '" + article + "' }");
            if (!dead.isEmpty()) {
                return dead.get(0);
            }
            Publishing.sleep(100);
        }
        throw new AssertionError("No dead delivery for " + article);
    }

    private static Map<String, Object> delivery(String article, String id) {
        return deliveriesOf(article).stream().filter(d -> id.equals(d.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery " + id));
    }
}
