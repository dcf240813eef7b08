package org.copydesk.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.copydesk.it.Api.as;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.keycloak;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in a real Chromium: the live map, the dashboard, a workflow version deployed from the page, a
 * role granted from the page that the person's next token carries, and the audit trail's verification naming an
 * entry edited straight in the database.
 */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class AdminBrowserIT {

    private static final By TRIAGE_WAITING = By.cssSelector("#step-triage .waiting");

    @Test
    void theMapShowsTheArticlesWaitingAndFollowsNewOnesWithoutAReload(CopydeskServer server) {
        ingestNewArticle();
        try (PortalBrowser admin = PortalBrowser.signedInAs(server, "admin")) {
            admin.clickAndWaitForPage(admin.await(By.id("nav-console")));
            assertThat(admin.currentUri().getPath()).endsWith("/admin/map.xhtml");
            long shown = Long.parseLong(admin.text(TRIAGE_WAITING));
            assertThat(shown).isEqualTo(waitingAtTriage());
            Number width = (Number) admin.script("return document.getElementById('diagram').naturalWidth");
            assertThat(width.intValue()).as("the diagram was drawn").isGreaterThan(500);

            ingestNewArticle();
            long now = waitingAtTriage();
            // the poll replaces the table every five seconds: a row read while it is replaced is read again
            new WebDriverWait(admin.driver(), Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(ignored -> Long.parseLong(admin.driver().findElement(TRIAGE_WAITING).getText()) == now);
            admin.screenshot("admin-map");
        }
    }

    @Test
    void theDashboardDrawsItsChartsWithTheirNumbersOneClickAway(CopydeskServer server) {
        ingestNewArticle();
        try (PortalBrowser admin = PortalBrowser.signedInAs(server, "admin")) {
            admin.open("admin/dashboard.xhtml");
            List<WebElement> charts = admin.all(By.cssSelector(".chart canvas"));
            assertThat(charts).hasSize(4);
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(ignored -> ((Number) admin.script(
                    "return document.querySelector('#chart-states canvas').toDataURL().length")).intValue() > 3000);

            WebElement table = admin.driver().findElement(By.cssSelector("#chart-states details table"));
            assertThat(table.isDisplayed()).isFalse();
            admin.driver().findElement(By.cssSelector("#chart-states summary")).click();
            assertThat(table.isDisplayed()).isTrue();
            assertThat(table.getText()).contains("TRIAGE");
            admin.screenshot("admin-dashboard");
        }
    }

    @Test
    void aVersionDeployedFromTheConsoleTakesNewArticlesWhileRunningOnesKeepTheirs(CopydeskServer server)
            throws Exception {
        String running = ingestNewArticle();
        String before = definitionOf(running);
        Path workflow = Files.createTempFile("editorial-review", ".bpmn20.xml");
        Path broken = Files.createTempFile("editorial-review-broken", ".bpmn20.xml");
        String file = Files.readString(Path.of("workflows/editorial-review.bpmn20.xml"));
        Files.writeString(workflow, file.replace("name=\"Editorial review\"", "name=\"Editorial review (console)\""),
                StandardCharsets.UTF_8);
        Files.writeString(broken, file.replace("${intakeDelegate}", "${intakeDelegat}"), StandardCharsets.UTF_8);
        try (PortalBrowser admin = PortalBrowser.signedInAs(server, "admin")) {
            admin.open("admin/definitions.xhtml");
            admin.await(By.id("upload:file")).sendKeys(broken.toString());
            admin.clickAndWaitForPage(admin.driver().findElement(By.id("upload:deploy")));
            assertThat(admin.text(By.id("problems"))).contains("intake: no bean named 'intakeDelegat'");

            admin.await(By.id("upload:file")).sendKeys(workflow.toString());
            admin.clickAndWaitForPage(admin.driver().findElement(By.id("upload:deploy")));
            assertThat(admin.text(By.cssSelector(".ui-messages-info"))).contains("Deployed as version");
            assertThat(admin.all(By.id("problems"))).isEmpty();
        } finally {
            Files.deleteIfExists(workflow);
            Files.deleteIfExists(broken);
        }
        String newest = as("admin").get("/api/admin/definitions").then().statusCode(200).extract()
                .path("find { it.newest }.id");
        assertThat(newest).isNotEqualTo(before);
        String started = ingestNewArticle();
        assertThat(definitionOf(started)).isEqualTo(newest);
        assertThat(definitionOf(running)).isEqualTo(before);
    }

    @Test
    void aRoleGrantedFromTheConsoleIsInThePersonsNextToken(CopydeskServer server) {
        String username = "console-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak().addUser(username);
        assertThat(tasksWith(keycloak().accessToken(username))).isEqualTo(403);
        try (PortalBrowser admin = PortalBrowser.signedInAs(server, "admin")) {
            admin.clickAndWaitForPage(admin.await(By.id("nav-console")));
            admin.clickAndWaitForPage(admin.await(By.id("console-users")));
            admin.await(By.id("users:search")).sendKeys(username);
            admin.clickAndWaitForUpdate(admin.driver().findElement(By.id("users:find")), By.id("users:people"));
            assertThat(admin.text(By.cssSelector("#users\\:people .username"))).isEqualTo(username);

            new Select(admin.driver().findElement(By.id("users:people:0:role"))).selectByValue("fact-checker");
            admin.clickAndWaitForUpdate(admin.driver().findElement(By.id("users:people:0:grant")),
                    By.id("users:people"));
            assertThat(admin.text(By.cssSelector("#users\\:people .role-chip"))).contains("fact-checker");
            assertThat(admin.text(By.cssSelector(".ui-messages-info"))).contains("fact-checker", username);
            assertThat(admin.text(By.id("changes"))).contains("ROLE_GRANTED", username);
            admin.screenshot("admin-users");
        }
        assertThat(tasksWith(keycloak().accessToken(username))).isEqualTo(200);
    }

    @Test
    void verifyingFromTheConsoleNamesAnEntryEditedInTheDatabase(CopydeskServer server) throws SQLException {
        String article = ingestNewArticle();
        try (PortalBrowser admin = PortalBrowser.signedInAs(server, "admin"); Connection db = server.openJdbc()) {
            admin.open("admin/audit.xhtml");
            verifyFromThePage(admin);
            assertThat(admin.text(By.id("verdict"))).contains("intact");

            long entry;
            String actor;
            try (PreparedStatement first = db.prepareStatement(
                    "select id, actor from audit_entry where chain_key = ? and chain_seq = 1")) {
                first.setString(1, article);
                try (ResultSet row = first.executeQuery()) {
                    assertThat(row.next()).as("the article's chain starts at position 1").isTrue();
                    entry = row.getLong(1);
                    actor = row.getString(2);
                }
            }
            setActor(db, entry, "someone-else");
            try {
                verifyFromThePage(admin);
                assertThat(admin.text(By.id("verdict"))).contains("tampered");
                assertThat(admin.text(By.id("break-entry"))).isEqualTo(Long.toString(entry));
                assertThat(admin.text(By.id("break-article"))).isEqualTo(article);
                assertThat(admin.text(By.id("break-problem"))).isEqualTo("content no longer matches its seal");
                admin.screenshot("admin-audit");
            } finally {
                setActor(db, entry, actor);
            }
            verifyFromThePage(admin);
            assertThat(admin.text(By.id("verdict"))).contains("intact");
            assertThat(admin.all(By.id("break-problem"))).isEmpty();
        }
    }

    private static void verifyFromThePage(PortalBrowser admin) {
        admin.clickAndWaitForUpdate(admin.await(By.id("verify-form:verify")), By.id("verify-form:result"));
    }

    private static void setActor(Connection db, long entry, String actor) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update audit_entry set actor = ? where id = ?")) {
            update.setString(1, actor);
            update.setLong(2, entry);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static int tasksWith(String token) {
        return given().auth().oauth2(token).get("/api/tasks").statusCode();
    }

    private static long waitingAtTriage() {
        String newest = as("admin").get("/api/admin/definitions").then().statusCode(200).extract()
                .path("find { it.newest }.id");
        Integer waiting = as("admin").get("/api/admin/definitions/{id}/map", newest).then().statusCode(200)
                .extract().path("steps.find { it.element == 'triage' }.waiting");
        return waiting;
    }

    private static String definitionOf(String article) {
        return as("admin").queryParam("state", "TRIAGE").queryParam("order", "newest").queryParam("size", 200)
                .get("/api/admin/articles").then().statusCode(200).extract()
                .path("items.find { it.id == '" + article + "' }.definitionId");
    }
}
