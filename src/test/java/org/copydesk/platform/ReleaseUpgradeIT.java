package org.copydesk.platform;

import static org.copydesk.it.Api.as;
import static org.copydesk.it.Rows.count;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A database that release 0.1.0 created and used (its five samples triaged, their triage tasks open on the
 * workflow definition of that release) starts on this code: the new migrations run, the running articles move to
 * the newest workflow definition with their open tasks, and so can be published, corrected and killed, which the
 * old definition could not.
 */
@EnabledIfSystemProperty(named = "copydesk.it.database", matches = "postgres")
class ReleaseUpgradeIT {

    @Test
    void aDatabaseOfTheLastReleaseStartsAndItsArticlesGoOn() throws Exception {
        int port = Integer.parseInt(System.getProperty("copydesk.it.port", "18081")) + 30;
        try (CopydeskServer server = CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("upgrade", port).withoutPortal().compilingQuickly()
                .loadedFrom(ReleaseUpgradeIT.class.getResource("/db/release-0.1.0-postgres.sql.gz"))) {
            Api.useKeycloak(server.keycloak());
            server.start();
            String base = server.baseUri().toString();
            try (Connection db = server.openJdbc()) {
                assertTrue(count(db, "select count(*) from flyway_schema_history where version = '7' and success") == 1);
                assertEquals(5, count(db, "select count(*) from article"), "the samples are not loaded twice");
            }
            List<Map<String, Object>> articles = as("reader").baseUri(base).get("/api/articles")
                    .then().statusCode(200).extract().path("items");
            assertEquals(5, articles.size());
            String article = (String) articles.get(0).get("id");
            List<String> tasks = as("admin").baseUri(base).queryParam("articleId", article).get("/api/tasks")
                    .then().statusCode(200).extract().path("id");
            String task = tasks.get(0);
            as("triage").baseUri(base).post("/api/tasks/{id}/claim", task).then().statusCode(200);
            as("triage").baseUri(base).contentType(ContentType.JSON).body(Map.of("decision", "accept"))
                    .post("/api/tasks/{id}/complete", task).then().statusCode(200);
            assertEquals("FACT_CHECK", awaitState(base, article, "FACT_CHECK"));
            as("reader").baseUri(base).get("/api/articles/{id}/audit", article).then().statusCode(200)
                    .body("find { it.toState == 'FACT_CHECK' }.fromState", equalTo("TRIAGE"));

            String fresh = as(Api.INGEST_FEED).baseUri(base).contentType(ContentType.JSON)
                    .body(Map.of("title", "Bridge closes for repairs", "body", "The old bridge closes on Monday"
                            + " for six weeks of repairs, the council said.", "source", "upgrade-test"))
                    .post("/api/articles").then().statusCode(201).extract().path("id");
            assertEquals("TRIAGE", awaitState(base, fresh, "TRIAGE"));
            try (Connection db = server.openJdbc()) {
                assertTrue(definitionVersionOf(db, article) > 1, "the running article left version 1");
                assertEquals(definitionVersionOf(db, fresh), definitionVersionOf(db, article),
                        "a running article moves to the newest workflow definition, which new ones take");
            }

            String usualBase = RestAssured.baseURI;
            RestAssured.baseURI = base;
            try {
                Api.decide(article, "factCheck", "approve");
                Api.decide(article, "publish", "publish");
                assertEquals("PUBLISHED", awaitState(base, article, "PUBLISHED"));
                as("publisher").contentType(ContentType.JSON)
                        .body(Map.of("note", "An earlier version misspelt the minister's name.",
                                "headline", "Corrected: " + articles.get(0).get("title")))
                        .post("/api/articles/{id}/corrections", article).then().statusCode(200)
                        .body("version", equalTo(2));
                as("admin").contentType(ContentType.JSON).body(Map.of("reason", "Legal advice."))
                        .post("/api/articles/{id}/kill", article).then().statusCode(200);
                assertEquals("KILLED", awaitState(base, article, "KILLED"));
            } finally {
                RestAssured.baseURI = usualBase;
            }
        }
    }

    private static String awaitState(String base, String article, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        String state = null;
        while (Instant.now().isBefore(deadline) && !expected.equals(state)) {
            state = as("admin").baseUri(base).get("/api/articles/{id}", article).then().extract().path("state");
            Thread.sleep(100);
        }
        return state;
    }

    private static int definitionVersionOf(Connection db, String article) throws Exception {
        return count(db, "select d.version_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                + " where e.business_key_ = '" + article + "' and e.parent_id_ is null");
    }

}
