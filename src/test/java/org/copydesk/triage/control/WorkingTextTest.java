package org.copydesk.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.TriageReport;
import org.junit.jupiter.api.Test;

class WorkingTextTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    @Test
    void rebuildingFromTheReportGivesTheWorkingText() {
        for (String name : SampleAcceptanceTest.SAMPLES) {
            String original = TestArticles.sample(name);
            TriageReport report = ANALYZER.analyze(original, "text/plain");

            assertThat(WorkingText.rebuild(original, report.paragraphs(), report.findings()))
                    .isEqualTo(report.workingText());
        }
    }

    @Test
    void restoringARemovalBringsTheTextBack() {
        String original = TestArticles.sample("001_61fdc06fbf95651a.txt");
        TriageReport report = ANALYZER.analyze(original, "text/plain");
        List<Finding> restored = report.findings().stream()
                .map(f -> f.kind() == FindingKind.SPLICE ? f.withRemoved(false) : f).toList();

        String rebuilt = WorkingText.rebuild(original, report.paragraphs(), restored);

        assertThat(report.workingText()).doesNotContain("Harvard CS50");
        assertThat(rebuilt).endsWith("\n\nHarvard CS50: Introduction to Programming with R Harvard University offers "
                + "exceptional beginner-friendly computer science courses. We’re excited to announce the release of "
                + "Harvard CS50’s Introduction to Programming in R, a powerful language widely used for statistical "
                + "computing, data science, and graphics. This course was developed by Carter Zenke.");
    }

    @Test
    void restoringEverythingGivesEveryParagraph() {
        String original = TestArticles.sample("003_7e61ead925937b9a.txt");
        TriageReport report = ANALYZER.analyze(original, "text/plain");
        List<Finding> nothingRemoved = report.findings().stream().map(f -> f.withRemoved(false)).toList();

        String rebuilt = WorkingText.rebuild(original, report.paragraphs(), nothingRemoved);

        assertThat(rebuilt.split("\n\n")).hasSize(report.paragraphs().size());
        assertThat(rebuilt.split("Le meilleur scientifique", -1)).hasSize(3);
    }

    @Test
    void hardWrappedLinesJoinIntoOneParagraph() {
        String original = "Title of the piece\n\nThe council met on Tuesday to discuss the budget for the coming\n"
                + "year and the repairs of the harbour bridge.\nA second paragraph starts here.";
        TriageReport report = ANALYZER.analyze(original, "text/plain");

        assertThat(report.workingText()).isEqualTo("Title of the piece\n\nThe council met on Tuesday to discuss the "
                + "budget for the coming year and the repairs of the harbour bridge.\n\nA second paragraph starts here.");
    }
}
