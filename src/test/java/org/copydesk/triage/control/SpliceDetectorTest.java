package org.copydesk.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.copydesk.triage.entity.TriageReport;
import org.junit.jupiter.api.Test;

class SpliceDetectorTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

    private static final String HEADLINE = "Ferry service to Brantholm suspended after engine fire\n\n";
    private static final String LEDE = "The ferry operator Kestrel Lines suspended all crossings to Brantholm on Monday "
            + "after a fire broke out in the engine room of its largest vessel, the Maren Vik, shortly after it left "
            + "the harbour with 212 passengers on board.\n\n";
    private static final String FOLLOW_UP = "Crew members put out the fire within half an hour and the ferry returned "
            + "to the harbour under its own power. The coastguard said nobody was hurt and that the passengers were "
            + "taken off the ferry by bus.\n\n";

    @Test
    void aRecipeClosingAShortArticleIsRemoved() {
        String recipe = "For the shortbread, rub 200g of cold butter into 300g of plain flour, stir in 100g of sugar "
                + "and press the dough into a tin. Bake at 160C for forty minutes until pale golden.";
        assertThat(workingTextClosedBy(recipe)).doesNotContain("shortbread").contains("coastguard said");
    }

    @Test
    void anOfferAddressedToTheReaderIsRemoved() {
        String offer = "Planning a winter break? Treat yourself to two nights in a lakeside cabin with breakfast for "
                + "two, and take your dog along at no extra charge when you book before the end of the month.";
        assertThat(workingTextClosedBy(offer)).doesNotContain("lakeside cabin").contains("Maren Vik");
    }

    @Test
    void instructionsToTheReaderAreRemoved() {
        String advice = "Roses planted in pots dry out quickly in a warm spell, so check the compost every morning. "
                + "Mulch them with bark in spring and cut back any stems that cross to keep the shrub open.";
        assertThat(workingTextClosedBy(advice)).doesNotContain("Roses planted").contains("Maren Vik");
    }

    @Test
    void aSentenceOpeningOnItsSubjectGivesNoInstruction() {
        String news = "Engineers checked the hull overnight. Inspectors cleared it for service on Wednesday, and the "
                + "operator said the timetable would return to normal by the weekend after the repairs.";
        assertThat(workingTextClosedBy(news)).contains("Inspectors cleared it");
    }

    @Test
    void aParagraphOfNewVocabularyThatSaysWhoReportedItIsKept() {
        String reporting = "Insurers estimated the repair bill at several million euros, and the transport ministry "
                + "told operators to inspect sprinkler equipment on every boat older than twenty years.";
        String more = "Islanders who rely on the crossing for work and school were offered places on a chartered "
                + "catamaran from Tuesday, according to the regional council.\n\n";
        assertThat(workingTextClosedBy(more + reporting)).contains("Insurers estimated").contains("chartered catamaran");
    }

    private static String workingTextClosedBy(String closing) {
        TriageReport report = ANALYZER.analyze(HEADLINE + LEDE + FOLLOW_UP + closing + "\n", "text/plain");
        return report.workingText();
    }
}
