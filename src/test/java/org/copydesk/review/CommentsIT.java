package org.copydesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.it.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class CommentsIT {

    @Test
    void aCommentMentionsOnlyTheRealmsPeopleTellsThemAndIsAudited() {
        String article = Api.ingestNewArticle();
        String marker = UUID.randomUUID().toString();
        String body = "@FactChecker please look at the vote count, and @nobody-here at @publisher. " + marker;

        as("triage").contentType(ContentType.JSON).body(Map.of("body", body))
                .post("/api/articles/{id}/comments", article).then().statusCode(201)
                .body("author", equalTo("triage"))
                .body("body", equalTo(body))
                .body("mentions", equalTo(List.of("factchecker", "publisher")));

        as("publisher").get("/api/articles/{id}/comments", article).then().statusCode(200)
                .body("body", equalTo(List.of(body)));
        assertThat(Api.auditOf(article)).anySatisfy(entry -> {
            assertThat(entry.get("action")).isEqualTo("COMMENTED");
            assertThat((String) entry.get("detail")).contains("factchecker", "publisher").doesNotContain("nobody");
            assertThat(entry.get("actor")).isEqualTo("triage");
        });

        JsonPath told = notifications("factchecker", true);
        assertThat(told.getList("items.detail", String.class)).contains(body);
        Map<String, Object> mention = told.<Map<String, Object>>getList("items").stream()
                .filter(item -> body.equals(item.get("detail"))).findFirst().orElseThrow();
        assertThat(mention).containsEntry("kind", "MENTION").containsEntry("articleId", article)
                .containsEntry("actor", "triage");
        assertThat(notifications("triage", false).getList("items.detail", String.class)).doesNotContain(body);

        as("publisher").post("/api/notifications/{id}/read", mention.get("id")).then().statusCode(404);
        as("factchecker").post("/api/notifications/{id}/read", mention.get("id")).then().statusCode(200)
                .body("readAt", org.hamcrest.Matchers.notNullValue());
        assertThat(notifications("factchecker", true).getList("items.id")).doesNotContain(mention.get("id"));
    }

    @Test
    void aCommentIsValidatedAndNeedsAnArticleAndAReviewer() {
        String article = Api.ingestNewArticle();
        as("triage").contentType(ContentType.JSON).body(Map.of("body", "  "))
                .post("/api/articles/{id}/comments", article).then().statusCode(422)
                .body("violations.field", hasItem("body"));
        as("triage").contentType(ContentType.JSON).body(Map.of("body", "x".repeat(4001)))
                .post("/api/articles/{id}/comments", article).then().statusCode(422);
        as("triage").contentType(ContentType.JSON).body(Map.of("body", "hello"))
                .post("/api/articles/{id}/comments", UUID.randomUUID().toString()).then().statusCode(404);
        as("reader").contentType(ContentType.JSON).body(Map.of("body", "hello"))
                .post("/api/articles/{id}/comments", article).then().statusCode(403);
        as("triage").get("/api/articles/{id}/comments", article).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anAssignedTaskAndAnArticleSentBackTellTheirPeople() {
        String article = Api.ingestNewArticle();
        String triage = Api.openTask(article, "triage");
        as("admin").contentType(ContentType.JSON).body(Map.of("assignee", "editor"))
                .post("/api/tasks/{id}/assign", triage).then().statusCode(200);
        assertThat(notifications("editor", true).<Map<String, Object>>getList("items"))
                .anySatisfy(item -> assertThat(item).containsEntry("kind", "ASSIGNED").containsEntry("articleId", article)
                        .containsEntry("actor", "admin"));
        as("admin").contentType(ContentType.JSON).body(Map.of("assignee", "")).post("/api/tasks/{id}/assign", triage)
                .then().statusCode(200);

        Api.decide(article, "triage", "accept");
        Api.decide(article, "factCheck", "revise");
        assertThat(notifications("triage", true).<Map<String, Object>>getList("items"))
                .anySatisfy(item -> assertThat(item).containsEntry("kind", "SENT_BACK").containsEntry("articleId", article)
                        .containsEntry("actor", "factchecker"));
    }

    private static JsonPath notifications(String user, boolean unreadOnly) {
        return as(user).queryParam("unread", unreadOnly).get("/api/notifications").then().statusCode(200)
                .extract().jsonPath();
    }
}
