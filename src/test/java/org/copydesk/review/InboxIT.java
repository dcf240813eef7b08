package org.copydesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class InboxIT {

    private static final List<String> PRIORITY_ORDER = List.of("URGENT", "HIGH", "NORMAL", "LOW");

    @Test
    void inboxFollowsPriorityThenAgeAndPagesWithoutLosingATask() {
        String marker = "Inbox" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        ids.add(ingest(marker + " quarterly figures of the harbour authority",
                "The harbour authority published its quarterly figures on Tuesday. Traffic rose slightly."));
        ids.add(ingest("Breaking: " + marker + " explosion at the harbour, urgent evacuation",
                "Breaking news: an explosion at the harbour forced an urgent evacuation on Tuesday. Live updates follow."));
        ids.add(ingest(marker + " council meeting minutes",
                "The council met on Wednesday and approved the minutes of the previous meeting."));
        ids.forEach(Api::awaitTriaged);

        JsonPath all = inbox("triage", Map.of("title", marker, "size", "200"));
        List<String> articles = all.getList("items.articleId");
        assertThat(articles).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(all.getLong("total")).isEqualTo(3);
        List<String> priorities = all.getList("items.priority");
        assertThat(priorities).allMatch(PRIORITY_ORDER::contains);
        assertThat(priorities.stream().map(PRIORITY_ORDER::indexOf).toList()).isSorted();
        assertThat(all.getList("items.desk")).doesNotContainNull();
        assertThat(all.getList("items.language")).containsOnly("en");
        assertThat(all.getList("items.taskKey")).containsOnly("triage");
        assertThat(all.getLong("countsByTask.triage")).isEqualTo(3);

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonPath one = inbox("triage", Map.of("title", marker, "size", "1", "page", String.valueOf(page)));
            assertThat(one.getLong("total")).isEqualTo(3);
            paged.addAll(one.getList("items.articleId"));
        }
        assertThat(paged).isEqualTo(articles);

        List<String> oldestFirst = inbox("triage", Map.of("title", marker, "order", "oldest")).getList("items.articleId");
        assertThat(oldestFirst).isEqualTo(ids);
    }

    @Test
    void claimedTasksLeaveOthersAvailableViewAndStayInMine() {
        String marker = "Inbox" + UUID.randomUUID().toString().substring(0, 8);
        String article = ingest(marker + " ferry timetable", "The ferry timetable changes on Monday for the winter.");
        Api.awaitTriaged(article);
        String task = Api.openTask(article, "triage");

        Api.claim("editor", task);
        assertThat(inbox("triage", Map.of("title", marker)).getList("items")).isEmpty();
        assertThat(inbox("triage", Map.of("title", marker, "scope", "all")).getList("items.assignee"))
                .containsExactly("editor");
        assertThat(inbox("editor", Map.of("title", marker, "scope", "mine")).getList("items.taskId"))
                .containsExactly(task);
        assertThat(inbox("factchecker", Map.of("title", marker, "scope", "all")).getList("items")).isEmpty();
    }

    @Test
    void unknownScopeIs400AndReadersHaveNoInbox() {
        Api.as("triage").queryParam("scope", "everything").get("/api/inbox").then().statusCode(400)
                .body("detail", startsWith("'everything' is not one of"));
        Api.as("reader").get("/api/inbox").then().statusCode(403);
    }

    @Test
    void theOriginalTextKeepsWhatTriageRemoved() {
        String article = ingest("Harbour reopens " + UUID.randomUUID(),
                "The harbour reopened on Monday after repairs.\n\nShare on Facebook\n\nShips came back at noon.");
        Api.awaitTriaged(article);
        String original = Api.as("reader").get("/api/articles/{id}/original", article).then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString();
        assertThat(original).contains("Share on Facebook");
        Api.as("reader").get("/api/articles/{id}", article).then().body("text", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.containsString("Share on Facebook")));
    }

    private static JsonPath inbox(String user, Map<String, String> query) {
        return Api.as(user).queryParams(query).get("/api/inbox").then().statusCode(200).extract().jsonPath();
    }

    private static String ingest(String title, String body) {
        return Api.as(Api.INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body + " " + UUID.randomUUID(), "source", "inbox-test"))
                .post("/api/articles").then().statusCode(201).body("title", equalTo(title)).extract().path("id");
    }
}
