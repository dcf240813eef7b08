package org.copydesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.stateOf;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin console's API on the real server: the map, the definitions, finding and cancelling articles, the dashboard. */
@ExtendWith(RunningServer.class)
class AdminConsoleIT {

    static final Path WORKFLOW = Path.of("workflows/editorial-review.bpmn20.xml");

    @Test
    void theMapCountsTheArticlesWaitingAtEachStepAndDrawsTheDiagram() {
        String newest = newestDefinition();
        long before = waitingAt(newest, "triage");
        ingestNewArticle();
        ingestNewArticle();

        Response map = as("admin").get("/api/admin/definitions/{id}/map", newest);
        map.then().statusCode(200);
        assertThat(waitingAt(newest, "triage")).isGreaterThanOrEqualTo(before + 2);
        List<String> elements = map.path("steps.element");
        assertThat(elements).contains("received", "intake", "triage", "factCheck", "publish", "published");
        assertThat(map.<Integer>path("waiting")).isPositive();

        Response png = as("admin").get("/api/admin/definitions/{id}/map.png", newest);
        png.then().statusCode(200).contentType("image/png");
        byte[] picture = png.asByteArray();
        assertThat(picture).hasSizeGreaterThan(1000);
        assertThat(new String(picture, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

        as("admin").get("/api/admin/definitions/{id}/map", "editorialReview:999:none").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUndeployableWorkflowIsRefusedWithEachProblemAndItsElement() throws Exception {
        String workflow = Files.readString(WORKFLOW);
        int versions = as("admin").get("/api/admin/definitions").then().statusCode(200).extract().path("size()");

        Response missingBean = upload(workflow.replace("${intakeDelegate}", "${noSuchDelegate}")
                .replace("${rejectArticleDelegate}", "${rejectArticleDelegat}"));
        missingBean.then().statusCode(422).contentType("application/problem+json");
        List<Map<String, String>> errors = missingBean.path("errors");
        assertThat(errors).extracting(error -> error.get("element")).containsExactlyInAnyOrder("intake", "rejectArticle");
        assertThat(errors.get(0).get("message")).startsWith("no bean named");

        Response invalid = upload(workflow.replace("sourceRef=\"triage\" targetRef=\"triageDecision\"",
                "sourceRef=\"triage\" targetRef=\"nowhere\""));
        invalid.then().statusCode(422);
        assertThat(invalid.<List<String>>path("errors.element")).contains("toTriageDecision");

        upload(workflow.replace("id=\"editorialReview\" name", "id=\"otherProcess\" name")).then().statusCode(422)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("editorialReview"));
        upload("<definitions>not bpmn").then().statusCode(422);
        as("admin").contentType(ContentType.XML).post("/api/admin/definitions").then().statusCode(400);

        assertThat(as("admin").get("/api/admin/definitions").then().extract().<Integer>path("size()"))
                .as("nothing deployed").isEqualTo(versions);
    }

    @Test
    void anUploadedVersionTakesNewArticlesWhileRunningOnesKeepTheirsUntilMigrated() throws Exception {
        String running = ingestNewArticle();
        String previous = newestDefinition();

        Response uploaded = upload(Files.readString(WORKFLOW)
                .replace("name=\"Editorial review\"", "name=\"Editorial review (uploaded)\""));
        uploaded.then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith(uploaded.path("id")));
        String next = uploaded.path("id");
        assertThat(uploaded.<Boolean>path("newest")).isTrue();
        assertThat(newestDefinition()).isEqualTo(next);

        String started = ingestNewArticle();
        assertThat(definitionOf(started)).isEqualTo(next);
        assertThat(definitionOf(running)).isEqualTo(previous);

        Response dryRun = as("admin").contentType(ContentType.JSON).body(Map.of("fromDefinitionId", previous))
                .post("/api/admin/definitions/{id}/migrations/dry-run", next);
        dryRun.then().statusCode(200).body("migratable", org.hamcrest.Matchers.is(true));
        assertThat(dryRun.<Integer>path("articles")).isPositive();
        assertThat(definitionOf(running)).as("a dry run changes nothing").isEqualTo(previous);

        as("admin").contentType(ContentType.JSON).body(Map.of("fromDefinitionId", previous))
                .post("/api/admin/definitions/{id}/migrations", next)
                .then().statusCode(200).body("migrated", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        assertThat(definitionOf(running)).isEqualTo(next);
        assertThat(auditOf(running)).anySatisfy(entry -> assertThat(entry.get("action")).isEqualTo("MIGRATED"));
        as("triage").post("/api/tasks/{id}/claim", openTask(running, "triage")).then().statusCode(200);

        as("admin").contentType(ContentType.JSON).body(Map.of())
                .post("/api/admin/definitions/{id}/migrations", next).then().statusCode(422);
    }

    @Test
    void articlesAreFoundByStateAgeAssigneeAndLateness() {
        String article = ingestNewArticle();
        String task = openTask(article, "triage");
        as("triage").post("/api/tasks/{id}/claim", task).then().statusCode(200);

        List<String> claimedByTriage = as("admin").queryParam("state", "triage").queryParam("assignee", "triage")
                .queryParam("olderThan", "PT0S").queryParam("overdue", "false").queryParam("size", 200)
                .get("/api/admin/articles").then().statusCode(200).extract().path("items.id");
        assertThat(claimedByTriage).contains(article);
        List<String> unassigned = as("admin").queryParam("assignee", "-").queryParam("size", 200)
                .get("/api/admin/articles").then().statusCode(200).extract().path("items.id");
        assertThat(unassigned).doesNotContain(article);
        List<String> old = as("admin").queryParam("olderThan", "P1D").queryParam("size", 200)
                .get("/api/admin/articles").then().statusCode(200).extract().path("items.id");
        assertThat(old).doesNotContain(article);
        List<String> late = as("admin").queryParam("overdue", "true").queryParam("size", 200)
                .get("/api/admin/articles").then().statusCode(200).extract().path("items.id");
        assertThat(late).doesNotContain(article);

        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("state", "LOST"), Map.of("story", "x"),
                Map.of("olderThan", "2 hours"), Map.of("olderThan", "-PT1H"), Map.of("overdue", "maybe"),
                Map.of("size", 0), Map.of("size", 201), Map.of("page", -1), Map.of("page", "one"), Map.of("order", "random"))) {
            as("admin").queryParams(bad).get("/api/admin/articles").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void anAdminCancelsAnArticleInReviewWithAReason() {
        String article = ingestNewArticle();
        String reason = "Sent twice by the wire, withdrawn by the agency";

        as("admin").contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/admin/articles/{id}/cancel", article).then().statusCode(422);
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/admin/articles/{id}/cancel", article)
                .then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("CANCELLED"));

        assertThat(stateOf(article)).isEqualTo("CANCELLED");
        assertThat(as("admin").queryParam("articleId", article).get("/api/tasks").then().extract()
                .<List<String>>path("id")).isEmpty();
        assertThat(auditOf(article)).anySatisfy(entry -> {
            assertThat(entry.get("action")).isEqualTo("CANCELLED");
            assertThat(entry.get("detail")).isEqualTo(reason);
            assertThat(entry.get("actor")).isEqualTo("admin");
        });
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/admin/articles/{id}/cancel", article).then().statusCode(409);
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/admin/articles/{id}/cancel", java.util.UUID.randomUUID()).then().statusCode(404);
        List<String> cancelled = as("admin").queryParam("state", "CANCELLED").queryParam("size", 200)
                .get("/api/admin/articles").then().statusCode(200).extract().path("items.id");
        assertThat(cancelled).contains(article);
    }

    @Test
    void theDashboardShowsTheDeskNowAndPerDay() {
        String cancelled = ingestNewArticle();
        as("admin").contentType(ContentType.JSON).body(Map.of("reason", "dashboard test"))
                .post("/api/admin/articles/{id}/cancel", cancelled).then().statusCode(200);
        ingestNewArticle();

        Response dashboard = as("admin").queryParam("days", 7).get("/api/admin/dashboard");
        dashboard.then().statusCode(200);
        assertThat(dashboard.<Integer>path("articlesByState.TRIAGE")).isPositive();
        assertThat(dashboard.<Integer>path("articlesByState.CANCELLED")).isPositive();
        assertThat(dashboard.<List<?>>path("publishedPerDay")).hasSize(7);
        assertThat(dashboard.<List<?>>path("claimsRatedPerDay")).hasSize(7);
        assertThat(dashboard.<List<?>>path("contradictionsPerDay")).hasSize(7);
        assertThat(dashboard.<List<String>>path("timeInStep.step"))
                .containsExactly("triage", "factCheck", "revision", "publish");
        assertThat(dashboard.<Map<String, Integer>>path("overdueByGroup"))
                .containsOnlyKeys("triage-editor", "fact-checker", "publisher");
        assertThat(dashboard.<Integer>path("timeInStep[0].visits")).as("cancelled from triage").isPositive();
        as("admin").queryParam("days", 0).get("/api/admin/dashboard").then().statusCode(400);
    }

    static Response upload(String workflow) {
        return as("admin").contentType("application/xml").body(workflow.getBytes(StandardCharsets.UTF_8))
                .post("/api/admin/definitions");
    }

    static String newestDefinition() {
        return as("admin").get("/api/admin/definitions").then().statusCode(200).extract().path("find { it.newest }.id");
    }

    static long waitingAt(String definition, String element) {
        Integer waiting = as("admin").get("/api/admin/definitions/{id}/map", definition).then().statusCode(200)
                .extract().path("steps.find { it.element == '" + element + "' }.waiting");
        return waiting;
    }

    /** The workflow version an article in triage runs on. */
    static String definitionOf(String article) {
        return as("admin").queryParam("state", "TRIAGE").queryParam("order", "newest").queryParam("size", 200)
                .get("/api/admin/articles").then().statusCode(200).extract()
                .path("items.find { it.id == '" + article + "' }.definitionId");
    }
}
