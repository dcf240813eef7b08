package org.copydesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class SearchIT {

    @Test
    void wordsOfTheTitleOrTextFindTheArticleInItsLanguage() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String english = ingest("Lighthouse keeper " + word + " retires", "The lighthouse keeper retired on Friday after forty years.", "en");
        String french = ingest("Le gardien de phare prend sa retraite", "Le gardien " + word + " du phare a pris sa retraite vendredi.", "fr");

        JsonPath both = search(Map.of("q", word));
        assertThat(both.getList("items.id")).containsExactlyInAnyOrder(english, french);
        assertThat(both.getLong("total")).isEqualTo(2);

        assertThat(search(Map.of("q", word + " lighthouse")).getList("items.id")).containsExactly(english);
        assertThat(search(Map.of("q", word, "language", "fr")).getList("items.id")).containsExactly(french);
        assertThat(search(Map.of("q", word, "state", "TRIAGE", "size", "1")).getLong("total")).isEqualTo(2);
        assertThat(search(Map.of("q", word, "from", LocalDate.now().plusDays(2).toString())).getList("items")).isEmpty();
        assertThat(search(Map.of("q", word)).getList("items.opening")).allMatch(opening -> !((String) opening).isEmpty());
    }

    @Test
    void aBadDateIs400() {
        Api.as("reader").queryParam("from", "yesterday").get("/api/search").then().statusCode(400);
    }

    private static JsonPath search(Map<String, String> query) {
        return Api.as("reader").queryParams(query).get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    private static String ingest(String title, String body, String language) {
        String id = Api.as(Api.INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body + " " + UUID.randomUUID(), "source", "search-test",
                        "language", language))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        Api.awaitTriaged(id);
        return id;
    }
}
