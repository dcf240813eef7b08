package org.copydesk.ingest;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class ArticleIngestIT {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void jsonArticleIsCreatedWithLocationAndEntersTriage() {
        String title = "Storm closes harbour " + UUID.randomUUID();
        String location = as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", "Ferries stayed in port on Tuesday.", "source", "wire-a",
                        "url", "https://example.org/storm", "language", "en"))
                .post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("id", notNullValue())
                .body("title", equalTo(title))
                .body("state", equalTo("INGESTED"))
                .body("language", equalTo("en"))
                .extract().header("Location");

        Api.awaitTriaged(location.substring(location.lastIndexOf('/') + 1));
        as("reader").get(location).then().statusCode(200)
                .body("title", equalTo(title))
                .body("text", equalTo("Ferries stayed in port on Tuesday."))
                .body("source", equalTo("wire-a"));
    }

    @Test
    void sameContentFromSameSourceReturnsTheExistingArticle() {
        Map<String, String> article = Map.of("title", "Bridge reopens " + UUID.randomUUID(),
                "body", "The bridge reopened after repairs.", "source", "wire-b");
        String first = as(INGEST_FEED).contentType(ContentType.JSON).body(article).post("/api/articles")
                .then().statusCode(201).extract().path("id");
        Api.awaitTriaged(first);

        as(INGEST_FEED).contentType(ContentType.JSON).body(article).post("/api/articles")
                .then().statusCode(200).body("id", equalTo(first));

        as("triage").queryParam("articleId", first).get("/api/tasks").then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    void sameContentFromAnotherSourceIsAnotherArticle() {
        String title = "Museum opens wing " + UUID.randomUUID();
        String first = as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", "A new wing opened.", "source", "wire-c"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", "A new wing opened.", "source", "partner-d"))
                .post("/api/articles").then().statusCode(201).body("id", not(equalTo(first)));
    }

    @Test
    void plainTextTakesItsTitleFromTheHeaderOrTheFirstLine() {
        String unique = UUID.randomUUID().toString();
        as(INGEST_FEED).contentType("text/plain; charset=UTF-8").header("X-Article-Source", "freelance")
                .body("Élection municipale " + unique + "\n\nLe maire sortant est réélu.")
                .post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Élection municipale " + unique));

        as(INGEST_FEED).contentType("text/plain; charset=UTF-8").header("X-Article-Source", "freelance")
                .header("X-Article-Title", "Given title " + unique).header("Content-Language", "fr")
                .body("Premier paragraphe " + unique + "\n\nSecond.")
                .post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Given title " + unique))
                .body("language", equalTo("fr"));
    }

    @Test
    void htmlIsReducedToSafeTextWhileTheOriginalIsKept() {
        String unique = UUID.randomUUID().toString();
        String html = "<html><head><title>Fire at depot " + unique + "</title><style>p{}</style></head><body>"
                + "<p onclick=\"steal()\">Crews fought the fire <b>all night</b>.</p>"
                + "<script>alert('x')</script><iframe src=\"https://evil.example\"></iframe>"
                + "<p><a href=\"javascript:alert(1)\">No one</a> was hurt.</p></body></html>";
        String id = as(INGEST_FEED).contentType("text/html; charset=UTF-8").header("X-Article-Source", "partner-e")
                .body(html.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Fire at depot " + unique))
                .body("mediaType", equalTo("text/html"))
                .extract().path("id");

        Api.awaitTriaged(id);
        String text = as("triage").get("/api/articles/{id}", id).then().statusCode(200).extract().path("text");
        assertEquals("Crews fought the fire all night.\n\nNo one was hurt.", text);
    }

    @Test
    void missingSourceIsRefusedWithTheReason() {
        as(INGEST_FEED).contentType(ContentType.JSON).body(Map.of("title", "No source", "body", "Text."))
                .post("/api/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("status", equalTo(422))
                .body("detail", containsString("source"));
    }

    @Test
    void malformedJsonIs400() {
        as(INGEST_FEED).contentType(ContentType.JSON).body("{\"title\": \"broken\", ")
                .post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM).body("detail", notNullValue());
    }

    @Test
    void unsupportedMediaTypeIs415() {
        as(INGEST_FEED).contentType("application/xml").body("<article/>")
                .post("/api/articles")
                .then().statusCode(415).contentType(PROBLEM).body("detail", notNullValue());
    }

    @Test
    void bodyOverTheLimitIs413AndNothingIsStored() {
        long before = as(INGEST_FEED).get("/api/articles?size=1").then().extract().<Number>path("total").longValue();
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        as(INGEST_FEED).contentType("text/plain").header("X-Article-Source", "flood")
                .body(tooLarge)
                .post("/api/articles")
                .then().statusCode(413).contentType(PROBLEM).body("detail", containsString("5242880"));
        long after = as(INGEST_FEED).get("/api/articles?size=1").then().extract().<Number>path("total").longValue();
        assertEquals(before, after);
    }

    @Test
    void unknownArticleIs404() {
        as(INGEST_FEED).get("/api/articles/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("No article"));
        as("triage").get("/api/articles/not-an-id/audit").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void articlesAreListedByStateAndPage() {
        Api.ingestNewArticle();
        Api.ingestNewArticle();
        as(INGEST_FEED).queryParam("state", "triage").queryParam("size", 1).queryParam("page", 1)
                .get("/api/articles")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items.state", everyItem(equalTo("TRIAGE")))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(2));
        as(INGEST_FEED).queryParam("state", "LOST").get("/api/articles").then().statusCode(400).contentType(PROBLEM);
        as(INGEST_FEED).queryParam("size", 1000).get("/api/articles").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void theSampleArticlesAreLoadedOnceWithReadableTitles() {
        as(INGEST_FEED).queryParam("size", 200).get("/api/articles")
                .then().statusCode(200)
                .body("items.findAll { it.source == 'copydesk-samples' }", hasSize(5))
                .body("items.findAll { it.source == 'copydesk-samples' }.title.collect { it.length() }",
                        everyItem(lessThanOrEqualTo(160)))
                .body("items.title", hasItems(
                        "Why AI Pioneer Yann LeCun Is Ditching Meta for His Own Adventure – The Inside Scoop"))
                .body("items.findAll { it.source == 'copydesk-samples' }.title", everyItem(not(endsWith("html"))));
    }
}
