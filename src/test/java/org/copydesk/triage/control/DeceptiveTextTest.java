package org.copydesk.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.TriageReport;
import org.junit.jupiter.api.Test;

class DeceptiveTextTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    @Test
    void aRightToLeftOverrideIsFlaggedAndCutFromTheWorkingTextWithoutSplittingTheWord() {
        String original = "Refund notice\n\nSend the form to invoice\u202Efdp.exe\u202C before Friday, the council said.";
        TriageReport report = ANALYZER.analyze(original, "text/plain");

        List<Finding> controls = report.findings().stream()
                .filter(finding -> finding.kind() == FindingKind.BIDI_CONTROL).toList();
        assertThat(controls).hasSize(2).allMatch(Finding::removed);
        assertThat(original.substring(controls.get(0).start(), controls.get(0).end())).isEqualTo("\u202E");
        assertThat(controls.get(0).explanation()).contains("U+202E").contains("changes the order");
        assertThat(report.workingText()).contains("invoicefdp.exe before Friday").doesNotContain("\u202E");
    }

    @Test
    void everyEmbeddingOverrideAndIsolateCountsButOrdinaryRightToLeftTextDoesNot() {
        for (int control : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertThat(DeceptiveText.inBody("a" + Character.toString(control) + "b"))
                    .extracting(Finding::kind).containsExactly(FindingKind.BIDI_CONTROL);
        }
        assertThat(DeceptiveText.inBody("Le ministre a cité \u05E9\u05DC\u05D5\u05DD et \u0633\u0644\u0627\u0645"
                + " \u200F dans son discours.")).isEmpty();
    }

    @Test
    void aCyrillicLetterInsideALatinWordIsFlaggedAndLeftForTheEditor() {
        String original = "Log in at P\u0430ypal today.\n\nThe bank said \u041C\u043E\u0441\u043A\u0432\u0430 and"
                + " Z\u00FCrich and \u03B1-helix were fine.";
        List<Finding> findings = DeceptiveText.inBody(original);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.MIXED_SCRIPT);
            assertThat(finding.removed()).isFalse();
            assertThat(original.substring(finding.start(), finding.end())).isEqualTo("P\u0430ypal");
            assertThat(finding.explanation()).contains("Latin and Cyrillic").contains("U+0430 (Cyrillic)")
                    .contains("in a Latin word");
        });
    }

    @Test
    void theTitleIsCheckedTooAndItsFindingsSaySo() {
        List<Finding> findings = DeceptiveText.inTitle("Minister resigns \u202Ekaerb\u202C \u0412ank crisis");

        assertThat(findings).extracting(Finding::kind)
                .containsExactly(FindingKind.BIDI_CONTROL, FindingKind.MIXED_SCRIPT);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.start()).isZero();
            assertThat(finding.end()).isZero();
            assertThat(finding.removed()).isFalse();
        });
        assertThat(findings.get(0).explanation()).startsWith("The title holds").contains("U+202E, U+202C");
        assertThat(findings.get(1).explanation()).startsWith("In the title: The word \"\u0412ank\"");
        assertThat(DeceptiveText.inTitle("Plain English title")).isEmpty();
    }
}
