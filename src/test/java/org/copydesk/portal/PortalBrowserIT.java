package org.copydesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.DatabaseIndependent;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The portal in a real Chromium, signed in through the real Keycloak, working on the real server. */
@DatabaseIndependent
@ExtendWith(RunningServer.class)
class PortalBrowserIT {

    @Test
    void eachRoleSeesTheStepsItWorksOnAndReadersHaveNoInbox(CopydeskServer server) {
        Map<String, List<String>> steps = Map.of(
                "triage", List.of("Triage", "Revision"),
                "factchecker", List.of("Fact-check"),
                "publisher", List.of("Publish", "Correction"),
                "admin", List.of("Triage", "Fact-check", "Revision", "Publish", "Correction"));
        steps.forEach((user, expected) -> {
            try (PortalBrowser browser = PortalBrowser.signedInAs(server, user)) {
                assertThat(browser.text(By.id("user"))).isEqualTo(user);
                List<String> shown = browser.all(By.cssSelector(".counts .count:not([id$=allSteps])")).stream()
                        .map(button -> button.getText().replaceAll(" · \\d+$", "")).toList();
                assertThat(shown).as(user).containsExactlyInAnyOrderElementsOf(expected);
            }
        });
        try (PortalBrowser reader = PortalBrowser.signedInAs(server, "reader")) {
            assertThat(reader.text(By.id("roles"))).isEqualTo("reader");
            assertThat(reader.text(By.cssSelector("main .note"))).contains("no review inbox");
            assertThat(reader.all(By.id("inbox"))).isEmpty();
        }
    }

    @Test
    void anArticleGoesFromTriageThroughFactCheckToPublishedInThePortal(CopydeskServer server) {
        String marker = "Portal" + UUID.randomUUID().toString().substring(0, 8);
        String surname = Api.uniqueSurname();
        String article = ingest("Harbour authority " + marker + " reports record traffic",
                "The harbour authority said on Tuesday that traffic rose 12 percent in 2025 to 4,300 ships. "
                        + "Its director " + surname + " told reporters the port would invest 250 million euros.");

        try (PortalBrowser triage = PortalBrowser.signedInAs(server, "triage")) {
            triage.await(By.id("inbox:title")).sendKeys(marker);
            triage.clickAndWaitForUpdate(triage.driver().findElement(By.id("inbox:apply")), By.id("inbox:tasks"));
            WebElement row = rowOf(triage, marker);
            triage.clickAndWaitForUpdate(row.findElement(By.cssSelector("button[id$=':claim']")), By.id("inbox:tasks"));
            assertThat(rowOf(triage, marker).getText()).contains("triage");
            triage.clickAndWaitForPage(rowOf(triage, marker).findElement(By.cssSelector("a.task-title")));
            assertThat(triage.text(By.id("article-title"))).contains(marker);
            triage.clickAndWaitForPage(triage.await(By.cssSelector(".decision-accept")));
            assertThat(triage.text(By.cssSelector(".ui-messages-info"))).contains("Decision recorded: Accept");
        }
        Api.openTask(article, "factCheck"); // claims are extracted by an automatic step on the way

        try (PortalBrowser checker = PortalBrowser.signedInAs(server, "factchecker")) {
            checker.open("workspace.xhtml?article=" + article);
            checker.clickAndWaitForPage(checker.await(By.id("task:claim")));
            int claims = checker.all(By.cssSelector(".ledger .claim")).size();
            assertThat(claims).as("claims extracted on the way into fact-check").isPositive();
            assertThat(checker.all(By.cssSelector("#article-text a.claim-mark"))).hasSize(claims);

            checker.clickAndWaitForPage(checker.await(By.cssSelector(".decision-approve")));
            assertThat(checker.text(By.id("task:blocking"))).contains("not checked yet");
            assertThat(checker.all(By.cssSelector("#task\\:blocking li")).stream().map(WebElement::getText))
                    .as("each blocking claim told apart, even two of one sentence").hasSize(claims)
                    .doesNotHaveDuplicates();
            assertThat(checker.text(By.id("article-state"))).isEqualTo("FACT_CHECK");

            for (int i = 0; i < claims; i++) {
                WebElement claim = checker.all(By.cssSelector(".ledger .claim")).get(i);
                new Select(claim.findElement(By.cssSelector("select[id$=':status']"))).selectByValue("VERIFIED");
                WebElement evidence = claim.findElement(By.cssSelector("input[id$=':evidence']"));
                evidence.clear();
                evidence.sendKeys("https://harbour.example/annual-report");
                checker.clickAndWaitForPage(claim.findElement(By.cssSelector("button[id$=':save']")));
            }
            assertThat(checker.all(By.cssSelector(".ledger .claim.status-VERIFIED"))).hasSize(claims);
            assertThat(checker.all(By.id("task:blocking"))).as("the refusal is gone once its claims are rated").isEmpty();
            assertThat(checker.text(By.cssSelector(".ui-messages-info")).split("Verdict saved", -1))
                    .as("the confirmation said once").hasSize(2);
            checker.screenshot("workspace");
            checker.clickAndWaitForPage(checker.await(By.cssSelector(".decision-approve")));
            assertThat(checker.text(By.cssSelector(".ui-messages-info"))).contains("Decision recorded: Approve");
        }
        Api.openTask(article, "publish");

        try (PortalBrowser publisher = PortalBrowser.signedInAs(server, "publisher")) {
            publisher.open("workspace.xhtml?article=" + article);
            publisher.clickAndWaitForPage(publisher.await(By.id("task:claim")));
            publisher.clickAndWaitForPage(publisher.await(By.cssSelector(".decision-publish")));
            assertThat(publisher.text(By.cssSelector(".ui-messages-info"))).contains("Decision recorded: Publish");
            assertThat(Api.awaitState(article, "PUBLISHED")).isEqualTo("PUBLISHED");

            publisher.clickAndWaitForPage(publisher.await(By.id("timeline-link")));
            String timeline = publisher.text(By.id("timeline"));
            assertThat(timeline).contains("triage", "factchecker", "publisher", "TASK_COMPLETED", "PUBLISHED");
            publisher.screenshot("timeline");
        }
    }

    @Test
    void theApiDecidesWhoMayClaimAndThePortalSaysWhy(CopydeskServer server) {
        String article = ingest("Ferry timetable " + UUID.randomUUID(), "The winter ferry timetable starts on Monday.");
        try (PortalBrowser checker = PortalBrowser.signedInAs(server, "factchecker")) {
            checker.open("workspace.xhtml?article=" + article);
            checker.clickAndWaitForPage(checker.await(By.id("task:claim")));
            assertThat(checker.text(By.cssSelector(".ui-messages-error"))).contains("may not do this");
            assertThat(Api.as("admin").queryParam("articleId", article).get("/api/tasks").then().extract()
                    .<String>path("[0].assignee")).isNull();
        }
    }

    @Test
    void hostileHtmlInAnArticleIsShownAsTextAndNeverRuns(CopydeskServer server) {
        String hostile = """
                <script>window.__pwned = 'script'</script>
                <img src=x onerror="window.__pwned = 'img'">
                <a href="javascript:window.__pwned = 'link'">read more</a>
                <iframe src="javascript:parent.__pwned = 'iframe'"></iframe>
                <svg onload="window.__pwned = 'svg'"><script>window.__pwned = 'svg-script'</script></svg>
                "><script>window.__pwned = 'attribute'</script><b onmouseover="window.__pwned = 'hover'">x</b>
                """;
        String title = "Council vote <script>window.__pwned = 'title'</script>" + UUID.randomUUID();
        String article = Api.as(Api.INGEST_FEED).contentType(ContentType.TEXT).header("X-Article-Source", "hostile-test")
                .header("X-Article-Title", title)
                .body("The council voted on Monday by 31 votes to 12.\n\n" + hostile + "\n" + UUID.randomUUID())
                .post("/api/articles").then().statusCode(201).extract().path("id");
        Api.awaitTriaged(article);

        try (PortalBrowser triage = PortalBrowser.signedInAs(server, "triage")) {
            triage.open("workspace.xhtml?article=" + article);
            assertThat(triage.text(By.id("article-title"))).contains("<script>");
            triage.driver().findElement(By.cssSelector("a[href*='findings-tab'], li[data-index='1'] a")).click();
            String shown = triage.driver().findElement(By.id("original-text")).getAttribute("textContent");
            assertThat(shown).contains("<img src=x onerror=", "<iframe", "<svg onload=");
            for (String selector : List.of("#article-text", "#original-text")) {
                assertThat(triage.all(By.cssSelector(selector + " script, " + selector + " img, " + selector
                        + " iframe, " + selector + " svg, " + selector + " b"))).isEmpty();
            }
            triage.open("timeline.xhtml?article=" + article);
            triage.open("inbox.xhtml");
            assertThat(triage.script("return window.__pwned === undefined")).isEqualTo(true);

            // even a script that got into the page would not run: the Content-Security-Policy wants a nonce
            triage.script("var s = document.createElement('script'); s.textContent = 'window.__inline = 1';"
                    + " document.body.appendChild(s);");
            assertThat(triage.script("return window.__inline === undefined")).isEqualTo(true);
            assertThat(triage.script("return Array.from(document.scripts).every(s => s.nonce || s.textContent === 'window.__inline = 1')"))
                    .isEqualTo(true);
        }
    }

    @Test
    void thePortalSpeaksTheBrowsersLanguage(CopydeskServer server) {
        try (PortalBrowser french = PortalBrowser.signedInAs(server, "triage", "fr-FR")) {
            assertThat(french.text(By.cssSelector("main h1"))).isEqualTo("Corbeille");
            assertThat(french.text(By.id("logout"))).isEqualTo("Se déconnecter");
        }
        try (PortalBrowser english = PortalBrowser.signedInAs(server, "triage", "en-US")) {
            assertThat(english.text(By.cssSelector("main h1"))).isEqualTo("Inbox");
            english.screenshot("inbox");
        }
    }

    @Test
    void aStoryShowsItsArticlesSideBySideWithTheirClaimsCompared(CopydeskServer server) {
        String name = Api.uniqueSurname();
        String english = ingest(name + " Motors to cut 1,200 jobs at its Lyon plant",
                name + " Motors said on Tuesday it would cut 1,200 jobs at its Lyon plant in 2026. Chief executive Anna "
                        + name + " said revenue fell 8 percent to 3.4 billion euros.");
        String french = ingest(name + " Motors va supprimer 1 500 emplois à son usine de Lyon",
                name + " Motors a annoncé mardi la suppression de 1 500 emplois dans son usine de Lyon en 2026. La"
                        + " directrice générale Anna " + name + " a indiqué que le chiffre d'affaires avait baissé de 8 %"
                        + " à 3,4 milliards d'euros.");
        Api.decide(english, "triage", "accept");
        Api.decide(french, "triage", "accept");
        String story = Api.as("reader").get("/api/articles/{id}", english).then().extract().path("storyId");

        try (PortalBrowser reader = PortalBrowser.signedInAs(server, "reader")) {
            reader.open("story.xhtml?id=" + story);
            String articles = reader.text(By.id("story-articles"));
            assertThat(articles).contains(name + " Motors to cut");
            if (story.equals(Api.as("reader").get("/api/articles/{id}", french).then().extract().path("storyId"))) {
                assertThat(articles).contains(name + " Motors va supprimer");
                assertThat(reader.text(By.id("comparison"))).contains("FR", "EN");
            }
            reader.screenshot("story");
        }
    }

    @Test
    void theSearchInTheTopBarFindsAnArticleByAWordOfItsText(CopydeskServer server) {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String article = ingest("Tram line extension approved", "The council approved the tram line " + word
                + " extension to the airport on Monday.");
        try (PortalBrowser reader = PortalBrowser.signedInAs(server, "reader")) {
            WebElement box = reader.await(By.id("quick-q"));
            box.sendKeys(word);
            reader.clickAndWaitForPage(box, org.openqa.selenium.Keys.ENTER);
            assertThat(reader.currentUri().getQuery()).contains("q=" + word);
            assertThat(reader.text(By.id("found"))).startsWith("1 ");
            reader.clickAndWaitForPage(reader.await(By.cssSelector("#results a.task-title")));
            assertThat(reader.currentUri().getQuery()).contains("article=" + article);
            assertThat(reader.all(By.cssSelector(".decisions"))).isEmpty();
        }
    }

    @Test
    void aMentionReachesTheOtherPersonsOpenPageWithoutAReload(CopydeskServer server) {
        String marker = "Mention" + UUID.randomUUID().toString().substring(0, 8);
        String article = ingest("Bridge repairs " + marker + " start in March",
                "Repairs on the old bridge start in March and last six weeks, the city said on Monday.");
        try (PortalBrowser checker = PortalBrowser.signedInAs(server, "factchecker");
             PortalBrowser triage = PortalBrowser.signedInAs(server, "triage")) {
            checker.script("window.sameDocument = '" + marker + "'");
            String before = checker.text(By.id("notify-count"));

            triage.open("workspace.xhtml?article=" + article);
            triage.await(By.id("comment-form:body")).sendKeys("@factchecker can you check the dates? " + marker
                    + " (and @nobody)");
            triage.clickAndWaitForPage(triage.driver().findElement(By.id("comment-form:post")));
            assertThat(triage.text(By.id("comment-list"))).contains(marker);
            assertThat(triage.all(By.cssSelector("#comment-list .mention"))).extracting(WebElement::getText)
                    .containsExactly("@factchecker");

            new org.openqa.selenium.support.ui.WebDriverWait(checker.driver(), java.time.Duration.ofSeconds(30))
                    .until(driver -> !before.equals(driver.findElement(By.id("notify-count")).getText()));
            assertThat(checker.script("return window.sameDocument")).as("the page was not reloaded").isEqualTo(marker);
            checker.driver().findElement(By.cssSelector(".notify-menu > summary")).click();
            String told = checker.text(By.id("notify-list"));
            assertThat(told).contains("triage mentioned you", marker);
            checker.clickAndWaitForPage(checker.driver().findElement(
                    By.xpath("//ul[@id='notify-list']//a[contains(., '" + marker + "')]")));
            assertThat(checker.currentUri().getQuery()).contains("article=" + article);
        }
    }

    @Test
    void aSecondEditNeverOverwritesTheFirstAndShowsBothTexts(CopydeskServer server) {
        String marker = "Conflict" + UUID.randomUUID().toString().substring(0, 8);
        String article = ingest("Budget vote " + marker, "Budget vote\n\nThe council passed the budget by 31 votes"
                + " to 12 on Monday. " + marker + "\n\nShare this article");
        Api.claim("triage", Api.openTask(article, "triage"));
        try (PortalBrowser triage = PortalBrowser.signedInAs(server, "triage")) {
            triage.open("workspace.xhtml?article=" + article);
            WebElement text = triage.await(By.id("task:edited"));
            text.sendKeys(" The mayor welcomed the vote.");

            // meanwhile a colleague puts back what triage removed, a new version of the text
            List<String> removed = Api.as("editor").get("/api/articles/{id}/findings", article).then().extract()
                    .path("findAll { it.removed }.id");
            Api.as("editor").post("/api/articles/{id}/findings/{f}/restore", article, removed.get(0))
                    .then().statusCode(200);
            String theirs = Api.as("editor").get("/api/articles/{id}", article).then().extract().path("text");

            triage.clickAndWaitForPage(triage.driver().findElement(By.cssSelector(".decision-accept")));
            assertThat(triage.text(By.id("task:conflict"))).contains("editor", "version 2");
            assertThat(oneLine(triage.text(By.id("conflict-current")))).isEqualTo(oneLine(theirs));
            assertThat(triage.text(By.id("conflict-yours"))).contains("The mayor welcomed the vote.");
            assertThat(triage.text(By.id("article-state"))).isEqualTo("TRIAGE");
            assertThat(Api.as("editor").get("/api/articles/{id}", article).then().extract().<String>path("text"))
                    .isEqualTo(theirs);
            assertThat(triage.await(By.id("task:edited")).getAttribute("value")).contains("The mayor welcomed the vote.");
            triage.screenshot("edit-conflict");
        }
    }

    @Test
    void theMainActionsHaveKeys(CopydeskServer server) {
        String marker = "Keys" + UUID.randomUUID().toString().substring(0, 8);
        String article = ingest("Library hours " + marker + " extended",
                "The city library will open until 22:00 on weekdays from next month, the council said.");
        try (PortalBrowser triage = PortalBrowser.signedInAs(server, "triage")) {
            triage.open("workspace.xhtml?article=" + article);
            assertThat(triage.await(By.id("task:claim")).getAttribute("title")).endsWith("(C)");
            triage.pressAndWaitForPage("c");
            assertThat(triage.text(By.id("task:holder"))).contains("triage");
            assertThat(triage.await(By.cssSelector(".decision-accept")).getAttribute("title")).endsWith("(1)");
            triage.pressAndWaitForPage("1");
            assertThat(triage.text(By.cssSelector(".ui-messages-info"))).contains("Decision recorded: Accept");
            assertThat(Api.stateOf(article)).isNotEqualTo("TRIAGE");

            String other = ingest("Library hours " + marker + " for children", "Children's reading hours move to"
                    + " Saturday mornings, the library said.");
            assertThat(other).isNotEqualTo(article);
            triage.pressAndWaitForPage("n");
            assertThat(triage.currentUri().getQuery()).contains("article=").doesNotContain(article);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static WebElement rowOf(PortalBrowser browser, String marker) {
        return browser.await(By.xpath("//a[contains(@class,'task-title') and contains(., '" + marker + "')]/ancestor::tr"));
    }

    private static String ingest(String title, String body) {
        String id = Api.as(Api.INGEST_FEED).contentType(ContentType.JSON)
                .body(Map.of("title", title, "body", body, "source", "portal-test"))
                .post("/api/articles").then().statusCode(201).extract().path("id");
        Api.awaitTriaged(id);
        return id;
    }
}
