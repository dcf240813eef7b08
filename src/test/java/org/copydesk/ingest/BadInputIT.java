package org.copydesk.ingest;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.Refusal;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Input that the database would refuse, or that is not text, gets a 4xx naming the problem and stores nothing. */
@ExtendWith(RunningServer.class)
class BadInputIT {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aNulOrOtherControlCharacterInTitleOrBodyIs422AndNothingIsStored(CopydeskServer server) throws SQLException {
        String marker = "Ctrl " + UUID.randomUUID();
        as(INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", marker + "\u0000", "body", "Text with an escape \u001B[31m.", "source", "wire"))
                .post("/api/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations.field", hasItem("title"))
                .body("violations.field", hasItem("text"))
                .body("violations.find { it.field == 'title' }.message", containsString("U+0000"));
        as(INGEST_FEED).contentType("text/plain; charset=UTF-8").header("X-Article-Source", "wire")
                .body((marker + "\n\nA body with a NUL\u0000 inside.").getBytes(StandardCharsets.UTF_8))
                .post("/api/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("violations[0].field", equalTo("text"));
        assertEquals(0, articlesTitled(server, marker + "%"));
    }

    @Test
    void bytesThatAreNotUtf8Are422UnlessReplacementIsAskedFor(CopydeskServer server) throws SQLException {
        // Two words before the random part: a first line only becomes the title when it reads like words.
        String title = "Encoding check " + UUID.randomUUID();
        byte[] latin1 = (title + "\n\nLe café a rouvert lundi.").getBytes(StandardCharsets.ISO_8859_1);
        as(INGEST_FEED).contentType("text/plain; charset=UTF-8").header("X-Article-Source", "wire")
                .body(latin1)
                .post("/api/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("not valid UTF-8"))
                .body("detail", containsString("malformed=replace"));
        assertEquals(0, articlesTitled(server, title));

        as(INGEST_FEED).contentType("text/plain; charset=UTF-8").header("X-Article-Source", "wire")
                .queryParam("malformed", "replace")
                .body(latin1)
                .post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo(title));
        assertEquals(1, articlesTitled(server, title));
        as(INGEST_FEED).contentType("text/plain").queryParam("malformed", "guess").body("x")
                .post("/api/articles").then().statusCode(400).body("violations[0].field", equalTo("malformed"));
    }

    @Test
    void aJsonBodyThatIsNotUtf8Is422(CopydeskServer server) throws SQLException {
        String title = "Json encoding " + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("{\"title\": \"" + title + "\", \"source\": \"wire\", \"body\": \"caf").getBytes(
                StandardCharsets.UTF_8));
        body.write(0xE9);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        as(INGEST_FEED).contentType(ContentType.JSON).body(body.toByteArray())
                .post("/api/articles")
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("not valid UTF-8"));
        assertEquals(0, articlesTitled(server, title));
    }

    @Test
    void pageAndSizeOutsideWhatAListingTakesAre400() {
        for (String page : new String[] {"abc", "99999999999", "-1", "1000001", "999999999"}) {
            as("reader").queryParam("page", page).get("/api/articles")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("detail", containsString("page"));
        }
        for (String size : new String[] {"ten", "0", "201", "2147483648"}) {
            as("reader").queryParam("size", size).get("/api/facts")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("detail", containsString("size"));
        }
        as("reader").queryParam("page", 1_000_000).queryParam("size", 200).get("/api/articles")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("past the last page"));
        as("reader").queryParam("page", "x").get("/api/stories").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aPagePastTheLastIs400SayingHowManyPagesThereAre() {
        int total = as("reader").queryParam("size", 1).get("/api/articles")
                .then().statusCode(200).extract().path("total");
        as("reader").queryParam("size", 1).queryParam("page", total - 1).get("/api/articles")
                .then().statusCode(200).body("items.size()", equalTo(1));
        as("reader").queryParam("size", 1).queryParam("page", total).get("/api/articles")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("'page' is " + total + ", past the last page"))
                .body("detail", containsString("numbered 0 to " + (total - 1)));
        for (String listing : new String[] {"/api/stories", "/api/facts", "/api/inbox", "/api/published"}) {
            as("editor").queryParam("page", 999_999).get(listing)
                    .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("'page' is 999999"));
        }
        String nobody = "no-such-subject-" + UUID.randomUUID();
        as("reader").queryParam("subject", nobody).get("/api/facts").then().statusCode(200).body("total", equalTo(0));
        as("reader").queryParam("subject", nobody).queryParam("page", 1).get("/api/facts")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("the listing is empty"));
    }

    @Test
    void aControlCharacterInAQueryOrACommentIsRefused() {
        as("reader").queryParam("subject", "org\u0000").get("/api/facts")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("subject"));
        as("triage").contentType(ContentType.JSON).body(Map.of("decision", "accept", "comment", "ok\u0000"))
                .post("/api/tasks/{id}/complete", UUID.randomUUID())
                .then().statusCode(422).contentType(PROBLEM).body("violations[0].field", equalTo("comment"));
    }

    @Test
    void anInsertTheDatabaseRefusesLeavesNoArticleTextInTheLog(CopydeskServer server) throws SQLException {
        String title = "Unlogged " + UUID.randomUUID();
        String body = "Confidential paragraph " + UUID.randomUUID() + " that only the newsroom may read.";
        try (Refusal refusal = new Refusal(server, "article", "title not like 'Unlogged%'")) {
            as(INGEST_FEED).contentType(ContentType.JSON)
                    .body(Map.of("title", title, "body", body, "source", "wire"))
                    .post("/api/articles")
                    .then().statusCode(500).contentType(PROBLEM);
        }
        String log = server.log();
        assertTrue(log.contains("Request failed: /api/articles"), "the failure is logged");
        assertFalse(log.contains(body.substring(23, 59)), "the log quotes the article's body");
        assertFalse(log.contains(title), "the log quotes the article's title");
        assertEquals(0, articlesTitled(server, title));
    }

    private static int articlesTitled(CopydeskServer server, String pattern) throws SQLException {
        try (Connection db = server.openJdbc();
             PreparedStatement query = db.prepareStatement("select count(*) from article where title like ?")) {
            query.setString(1, pattern);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
