package org.copydesk.admin;

import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.complete;
import static org.copydesk.it.Api.decide;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.openTask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.copydesk.portal.PortalBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * SLA timers on the real server, on a database of its own: a review task left open past the due date the settings
 * gave it when it opened is escalated once (its priority raised in the inbox, its group and the admins told, the
 * escalation audited as the system's on the node that fired it), and a while later it is offered to the
 * supervisors, one of whom takes and decides it. A task decided in time, and a task opened before the time was
 * shortened, are never escalated; separation of duties holds for supervisors too. A second node shares the
 * database, and the first is killed before anything falls due: the second fires every timer, once. The console,
 * the map and the inboxes show it in Chromium. Its timers take minutes, so it runs once, on PostgreSQL.
 */
@EnabledIfSystemProperty(named = "copydesk.it.database", matches = "postgres")
class SlaEscalationIT {

    /** How long an overdue task waits before the supervisors are offered it, on this test's server. */
    private static final Duration SUPERVISORS_AFTER = Duration.ofSeconds(15);
    /** The shortest step time the settings take; its timers fire within seconds of it. */
    private static final Duration STEP_TIME = Duration.ofMinutes(1);
    private static final Duration A_WHILE = STEP_TIME.plusSeconds(90);
    private static final List<String> ESCALATIONS = List.of("TASK_ESCALATED", "TASK_OFFERED");

    @Test
    void anOverdueTaskIsEscalatedOnceThenOfferedToASupervisorWhoDecidesIt() throws Exception {
        int port = Integer.parseInt(System.getProperty("copydesk.it.port", "18080")) + CopydeskServer.PORTAL_BESIDE;
        String usualBase = RestAssured.baseURI;
        CopydeskServer first = CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("sla", port)
                .with("copydesk.samples.load", "false").with("copydesk.node.name", "first")
                .with("copydesk.sla.supervisors-after", SUPERVISORS_AFTER.toString());
        CopydeskServer second = first.anotherNode(port + 1).with("copydesk.node.name", "second");
        Api.useKeycloak(first.keycloak());
        try (first; second) {
            first.start();
            second.start();
            RestAssured.baseURI = first.baseUri().toString();

            String openedBefore = ingestNewArticle();
            String openedBeforeTask = openTask(openedBefore, "triage");
            as("admin").contentType(ContentType.JSON)
                    .body(Map.of("slaMinutes", Map.of("triage", STEP_TIME.toMinutes(), "factCheck",
                            STEP_TIME.toMinutes())))
                    .put("/api/admin/settings").then().statusCode(200);
            String late = ingestNewArticle();
            String lateTask = openTask(late, "triage");
            String inTime = ingestNewArticle();
            String inTimeTask = openTask(inTime, "triage");

            Map<String, Object> waiting = inboxRow("triage", lateTask);
            String routed = as("admin").get("/api/articles/{id}", late).then().statusCode(200).extract().path("priority");
            assertEquals(routed, waiting.get("priority"), "before its due date a task shows its article's priority");
            assertEquals(false, waiting.get("escalated"));
            Instant due = Instant.parse((String) waiting.get("due"));
            Instant created = Instant.parse((String) waiting.get("created"));
            assertEquals(STEP_TIME.toSeconds(), Duration.between(created, due).toSeconds(), 1,
                    "the task is due the step's time, as the settings said when it opened, after it opened");
            Instant dueBefore = Instant.parse((String) inboxRow("triage", openedBeforeTask).get("due"));
            assertTrue(dueBefore.isAfter(Instant.now().plus(Duration.ofHours(1))),
                    "a task opened before the change keeps the time it opened with");
            as("supervisor").post("/api/tasks/{id}/claim", lateTask).then().statusCode(403)
                    .body("detail", containsString("supervisor"));
            decide("triage", inTime, "triage", "reject");
            // the node whose transaction opened the tasks dies before they fall due: the timers are the database's
            first.kill();
            RestAssured.baseURI = second.baseUri().toString();

            List<Map<String, Object>> escalated = await(late, "TASK_ESCALATED", 1);
            Map<String, Object> escalation = escalated.get(0);
            assertEquals("system", escalation.get("actor"));
            assertEquals(lateTask, escalation.get("taskId"));
            assertEquals("triage", escalation.get("taskKey"));
            assertTrue(((String) escalation.get("detail")).matches(".*on node second$"), "the node that fired the timer: " + escalation.get("detail"));
            assertFalse(Instant.parse((String) escalation.get("occurredAt")).isBefore(due), "not before it was due");

            Map<String, Object> raised = inboxRow("triage", lateTask);
            assertEquals(true, raised.get("escalated"));
            assertEquals(oneAbove(routed), raised.get("priority"), "the inbox shows the task one level higher");
            as("admin").queryParam("overdue", "true").queryParam("size", 100).get("/api/admin/articles").then()
                    .statusCode(200).body("items.find { it.id == '" + late + "' }.escalated", equalTo(true))
                    .body("items.find { it.id == '" + late + "' }.priority", equalTo(oneAbove(routed)))
                    .body("items.find { it.id == '" + late + "' }.offeredToSupervisors", equalTo(false));
            for (String told : List.of("triage", "editor", "admin")) {
                assertTrue(notified(told, late, "OVERDUE"), told + " is told the task is overdue");
            }
            assertFalse(notified("factchecker", late, "OVERDUE"), "another step's group is not told");
            seenEscalatedInTheConsoleAndTheInbox(second, late);

            await(late, "TASK_OFFERED", 1);
            assertTrue(notified("supervisor", late, "OFFERED"), "the supervisors are told");
            List<Object> offered = as("supervisor").get("/api/inbox").then().statusCode(200).extract().path("items.taskId");
            assertTrue(offered.contains(lateTask), "the task is in the supervisor's inbox: " + offered);
            as("admin").queryParam("overdue", "true").queryParam("size", 100).get("/api/admin/articles").then()
                    .body("items.find { it.id == '" + late + "' }.offeredToSupervisors", equalTo(true));
            seenOfferedToTheSupervisor(second, late);
            claim("supervisor", lateTask);
            complete("supervisor", lateTask, "accept", null).then().statusCode(200);
            assertEquals("FACT_CHECK", awaitState(late, "FACT_CHECK"));

            // the supervisor decided the triage, so the fact-check is never theirs, offered to them or not
            String factCheck = openTask(late, "factCheck");
            await(late, "TASK_OFFERED", 2);
            as("supervisor").post("/api/tasks/{id}/claim", factCheck).then().statusCode(403)
                    .body("detail", containsString("separation of duties"));

            Thread.sleep(3000); // a second firing, on either node, would be audited within the executor's look
            List<Map<String, Object>> trail = auditOf(late);
            for (String action : ESCALATIONS) {
                assertEquals(2, trail.stream().filter(entry -> action.equals(entry.get("action"))).count(),
                        action + " once for each of the two late tasks: " + trail);
            }
            for (String onTime : List.of(inTime, openedBefore)) {
                assertTrue(auditOf(onTime).stream().noneMatch(entry -> ESCALATIONS.contains(entry.get("action"))),
                        onTime + " was never escalated");
                assertFalse(notified("triage", onTime, "OVERDUE"));
            }
            assertTrue(as("admin").get("/api/inbox").then().extract().<List<Object>>path("items.taskId")
                    .contains(openedBeforeTask), "the task opened before the change is still open");
        } finally {
            RestAssured.baseURI = usualBase;
        }
    }

    /**
     * In Chromium: the console lists the article among the overdue ones, marked escalated; the map marks the step
     * late; the triage editors' inbox marks the task overdue.
     */
    private static void seenEscalatedInTheConsoleAndTheInbox(CopydeskServer server, String article) {
        try (PortalBrowser admin = PortalBrowser.signedInAs(server, "admin")) {
            WebElement row = overdueRowInConsole(admin, article);
            assertEquals("TRIAGE", row.findElement(By.cssSelector(".state")).getText());
            // whether it is offered to the supervisors yet depends on how long the browser took to get here
            assertTrue(row.findElement(By.cssSelector(".escalated")).getText().contains("escalated"));
            admin.screenshot("admin-overdue");

            admin.open("admin/map.xhtml");
            WebElement triage = admin.await(By.id("step-triage"));
            assertTrue(triage.getAttribute("class").contains("late"), "the map marks triage late");
            assertEquals("1", triage.findElement(By.cssSelector(".overdue")).getText());
        }
        try (PortalBrowser editor = PortalBrowser.signedInAs(server, "triage")) {
            WebElement row = rowOf(editor, article);
            assertTrue(row.getText().contains("overdue"), "the inbox marks the task overdue: " + row.getText());
        }
    }

    /** In Chromium: the task is in the supervisor's inbox, still marked overdue. */
    private static void seenOfferedToTheSupervisor(CopydeskServer server, String article) {
        try (PortalBrowser supervisor = PortalBrowser.signedInAs(server, "supervisor")) {
            assertTrue(rowOf(supervisor, article).getText().contains("overdue"));
        }
        try (PortalBrowser admin = PortalBrowser.signedInAs(server, "admin")) {
            assertFalse(overdueRowInConsole(admin, article).findElements(By.cssSelector(".offered")).isEmpty(),
                    "the console marks the article offered to the supervisors");
        }
    }

    /** The article's row among the overdue ones in the console's article list. */
    private static WebElement overdueRowInConsole(PortalBrowser admin, String article) {
        admin.open("admin/articles.xhtml");
        new Select(admin.await(By.id("articles:overdue"))).selectByValue("true");
        admin.clickAndWaitForUpdate(admin.driver().findElement(By.id("articles:apply")), By.id("articles:found"));
        return rowOf(admin, article);
    }

    /** The table row that links to the article. */
    private static WebElement rowOf(PortalBrowser browser, String article) {
        return browser.await(By.xpath("//tr[.//a[contains(@href, 'article=" + article + "')]]"));
    }

    /** Waits until the article's trail holds this many entries of the action; returns them. */
    private static List<Map<String, Object>> await(String article, String action, int count)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(A_WHILE);
        while (true) {
            List<Map<String, Object>> found = auditOf(article).stream()
                    .filter(entry -> action.equals(entry.get("action"))).toList();
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No " + action + " for " + article + " within " + A_WHILE + ": "
                        + auditOf(article));
            }
            Thread.sleep(500);
        }
    }

    private static Map<String, Object> inboxRow(String user, String taskId) {
        List<Map<String, Object>> rows = as(user).queryParam("scope", "all").queryParam("size", 200).get("/api/inbox")
                .then().statusCode(200).extract().path("items");
        return rows.stream().filter(row -> taskId.equals(row.get("taskId"))).findFirst()
                .orElseThrow(() -> new AssertionError("task " + taskId + " is not in the inbox of " + user));
    }

    private static boolean notified(String user, String article, String kind) {
        List<Map<String, Object>> items = as(user).get("/api/notifications").then().statusCode(200)
                .extract().path("items");
        Predicate<Map<String, Object>> about = item -> article.equals(item.get("articleId"))
                && kind.equals(item.get("kind"));
        return items.stream().anyMatch(about);
    }

    private static String oneAbove(String priority) {
        List<String> levels = List.of("LOW", "NORMAL", "HIGH", "URGENT");
        return levels.get(Math.min(levels.size() - 1, levels.indexOf(priority) + 1));
    }
}
