package org.copydesk.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.copydesk.triage.entity.Paragraph;
import org.junit.jupiter.api.Test;

/** A place set off at the head of a paragraph is the dateline, a name like any other. */
class DatelineTest {

    @Test
    void thePlaceOfADatelineIsAName() {
        for (String opening : List.of("Velmora. Die Stadtwerke haben die Preise erhöht.",
                "VELMORA — The utility raised its prices.", "Velmora (AP) - The utility raised its prices.")) {
            assertThat(keys(opening)).as(opening).contains("name:velmora");
        }
    }

    @Test
    void aWordOpeningASentenceIsNoName() {
        assertThat(keys("However the utility raised its prices. It said costs rose.")).doesNotContain("name:however");
        assertThat(keys("Velmora raised its prices. It said costs rose.")).doesNotContain("name:velmora");
    }

    private static java.util.Set<String> keys(String text) {
        return new StoryFingerprinter().fingerprint(List.of(new Paragraph(0, 0, text.length(), text, false)), "de")
                .keys().keySet();
    }
}
