package org.copydesk.admin;

import static org.copydesk.it.Api.INGEST_FEED;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.decide;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.openTask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Settings kept in the database change the rules the server applies, at once, and each change is audited. */
@ExtendWith(RunningServer.class)
class SettingsIT {

    @Test
    void separationOfDutiesTurnedOffForOnePairLetsTheDeskEditorCheckTheirOwnTriage() {
        Map<String, Object> before = settings();
        Instant changed = Instant.now().minusSeconds(1);
        try {
            change(Map.of("separationOfDuties", List.of(Map.of("earlier", "triage", "later", "factCheck",
                    "enabled", false)))).then().statusCode(200)
                    .body("separationOfDuties.find { it.earlier == 'triage' }.enabled", equalTo(false))
                    .body("separationOfDuties.find { it.earlier == 'factCheck' }.enabled", equalTo(true));
            String article = ingestNewArticle();
            decide("editor", article, "triage", "accept");
            as("editor").post("/api/tasks/{id}/claim", openTask(article, "factCheck")).then().statusCode(200);
        } finally {
            change(before).then().statusCode(200);
        }
        String article = ingestNewArticle();
        decide("editor", article, "triage", "accept");
        as("editor").post("/api/tasks/{id}/claim", openTask(article, "factCheck")).then().statusCode(403)
                .body("detail", containsString("separation of duties"));

        List<Map<String, Object>> audited = as("admin").queryParam("from", changed.toString())
                .get("/api/admin/audit/export").then().statusCode(200)
                .extract().path("findAll { it.action == 'SETTINGS_CHANGED' }");
        List<Object> details = audited.stream().map(entry -> entry.get("detail")).toList();
        assertTrue(details.contains("separation-of-duties.triage.factCheck: true -> false"), details.toString());
        assertTrue(details.contains("separation-of-duties.triage.factCheck: false -> true"), details.toString());
        assertTrue(audited.stream().allMatch(entry -> "admin".equals(entry.get("actor"))
                && "desk".equals(entry.get("chainKey"))));
    }

    @Test
    void theUploadLimitIsTheStoredOne() {
        Map<String, Object> before = settings();
        Map<String, String> article = Map.of("title", "Long wire copy " + Instant.now(), "body",
                "The harbour reopened on Tuesday. ".repeat(100), "source", "settings-test");
        try {
            change(Map.of("maxUploadBytes", 2048)).then().statusCode(200).body("maxUploadBytes", equalTo(2048));
            as(INGEST_FEED).contentType(ContentType.JSON).body(article).post("/api/articles").then().statusCode(413)
                    .contentType("application/problem+json");
        } finally {
            change(before).then().statusCode(200);
        }
        as(INGEST_FEED).contentType(ContentType.JSON).body(article).post("/api/articles").then().statusCode(201);
    }

    @Test
    void slaMinutesPerStepAreKept() {
        Map<String, Object> before = settings();
        try {
            change(Map.of("slaMinutes", Map.of("factCheck", 90))).then().statusCode(200)
                    .body("slaMinutes.factCheck", equalTo(90));
            assertEquals(90, ((Map<?, ?>) settings().get("slaMinutes")).get("factCheck"));
        } finally {
            change(before).then().statusCode(200);
        }
    }

    @Test
    void invalidSettingsAre422WithEveryViolationAndChangeNothing() {
        Map<String, Object> before = settings();
        change(Map.of("slaMinutes", Map.of("nosuchstep", 10, "triage", 0), "maxUploadBytes", 1,
                "separationOfDuties", List.of(Map.of("earlier", "publish", "later", "triage", "enabled", true))))
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", hasItems("slaMinutes.nosuchstep", "slaMinutes.triage", "maxUploadBytes",
                        "separationOfDuties[0]"));
        assertEquals(before, settings());
        as("admin").contentType(ContentType.JSON).body("{\"maxUploadBytes\": \"lots\"}").put("/api/admin/settings")
                .then().statusCode(400);
    }

    private static Map<String, Object> settings() {
        return as("admin").get("/api/admin/settings").then().statusCode(200).extract().path("$");
    }

    private static io.restassured.response.Response change(Map<String, Object> change) {
        return as("admin").contentType(ContentType.JSON).body(change).put("/api/admin/settings");
    }
}
