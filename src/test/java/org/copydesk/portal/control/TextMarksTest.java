package org.copydesk.portal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.portal.entity.Claim;
import org.copydesk.portal.entity.DiffRow;
import org.copydesk.portal.entity.Finding;
import org.copydesk.portal.entity.TextPiece;
import org.junit.jupiter.api.Test;

class TextMarksTest {

    @Test
    void claimsCutTheTextAtTheirPhrasesAndTheWholeTextSurvives() {
        String text = "Revenue rose 12 percent in 2025 to 4,300 ships.";
        List<TextPiece> pieces = TextMarks.claims(text, List.of(claim("b", 27, 31), claim("a", 13, 23)));
        assertThat(pieces).extracting(TextPiece::getText)
                .containsExactly("Revenue rose ", "12 percent", " in ", "2025", " to 4,300 ships.");
        assertThat(pieces).extracting(TextPiece::getMarkId).containsExactly(null, "a", null, "b", null);
        assertThat(String.join("", pieces.stream().map(TextPiece::getText).toList())).isEqualTo(text);
    }

    @Test
    void overlappingAndOutOfRangeSpansAreLeftUnmarkedRatherThanCuttingTheTextTwice() {
        String text = "Share on Facebook. The story.";
        List<TextPiece> pieces = TextMarks.findings(text, List.of(finding("whole", 0, 18, true),
                finding("inside", 6, 10, false), finding("beyond", 20, 99, false)));
        assertThat(pieces).extracting(TextPiece::getText).containsExactly("Share on Facebook.", " The story.");
        assertThat(pieces.get(0).isRemoved()).isTrue();
        assertThat(pieces.get(1).isMarked()).isFalse();
    }

    @Test
    void aUnifiedDiffBecomesRowsSideBySide() {
        String diff = "--- v1\n+++ v2\n@@ -1,3 +1,3 @@\n same line\n-old figure 12\n+new figure 14\n+added line\n";
        List<DiffRow> rows = TextMarks.sideBySide(diff);
        assertThat(rows).extracting(DiffRow::getLeftKind).containsExactly("hunk", "same", "del", "none");
        assertThat(rows).extracting(DiffRow::getRight)
                .containsExactly("@@ -1,3 +1,3 @@", "same line", "new figure 14", "added line");
        assertThat(rows.get(2).getLeft()).isEqualTo("old figure 12");
    }

    private static Claim claim(String id, int phraseStart, int phraseEnd) {
        Claim claim = new Claim();
        claim.setId(id);
        claim.setPhraseStart(phraseStart);
        claim.setPhraseEnd(phraseEnd);
        claim.setStatus("UNCHECKED");
        return claim;
    }

    @Test
    void onlyTheMentionsTheApiResolvedAreMarkedInAComment() {
        List<TextPiece> pieces = TextMarks.mentions("@FactChecker see @nobody and @factcheckers", List.of("factchecker"));
        assertThat(pieces).extracting(TextPiece::getText)
                .containsExactly("@FactChecker", " see @nobody and @factcheckers");
        assertThat(pieces.get(0).isMarked()).isTrue();
        assertThat(pieces.get(0).getKind()).isEqualTo("mention");
        assertThat(pieces.get(1).isMarked()).isFalse();
    }

    private static Finding finding(String id, int start, int end, boolean removed) {
        Finding finding = new Finding();
        finding.setId(id);
        finding.setStart(start);
        finding.setEnd(end);
        finding.setRemoved(removed);
        finding.setKind("BOILERPLATE");
        return finding;
    }
}
