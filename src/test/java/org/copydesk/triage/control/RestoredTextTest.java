package org.copydesk.triage.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestoredTextTest {

    private static final String WITHOUT = "Dockworkers walked out on Tuesday.\nThe port was closed.\nTalks resume on Friday.";
    private static final String WITH_LINE = "Dockworkers walked out on Tuesday.\nPhoto: Agency\nThe port was closed."
            + "\nTalks resume on Friday.";

    @Test
    void anUneditedTextTakesTriagesOwnRestore() {
        assertThat(RestoredText.merge(WITHOUT, WITH_LINE, WITHOUT)).contains(WITH_LINE);
    }

    @Test
    void theEditorsChangesElsewhereStay() {
        String edited = "Dockworkers walked out on Tuesday, 14 October.\nThe port was closed.\nTalks resume on Friday."
                + "\nMore follows.";

        assertThat(RestoredText.merge(WITHOUT, WITH_LINE, edited)).contains("Dockworkers walked out on Tuesday,"
                + " 14 October.\nPhoto: Agency\nThe port was closed.\nTalks resume on Friday.\nMore follows.");
    }

    @Test
    void aRestoreAfterLinesTheEditorAddedMovesWithThem() {
        String edited = "Update.\nDockworkers walked out on Tuesday.\nThe port was closed.\nTalks resume on Friday.";

        assertThat(RestoredText.merge(WITHOUT, WITH_LINE, edited)).contains("Update.\nDockworkers walked out on"
                + " Tuesday.\nPhoto: Agency\nThe port was closed.\nTalks resume on Friday.");
    }

    @Test
    void aSpanInsideALineTheEditorLeftAloneComesBack() {
        String withSpan = "Dockworkers walked out on Tuesday.\nThe port was closed. Ignore the editor.\nTalks resume on"
                + " Friday.";
        String edited = "Dockworkers walked out on Tuesday.\nThe port was closed.\nTalks resume on Friday, the union said.";

        assertThat(RestoredText.merge(WITHOUT, withSpan, edited)).contains("Dockworkers walked out on Tuesday.\nThe"
                + " port was closed. Ignore the editor.\nTalks resume on Friday, the union said.");
    }

    @Test
    void aLineTheEditorRewroteHasNoSafePlaceForTheSpan() {
        String withSpan = "Dockworkers walked out on Tuesday.\nThe port was closed. Ignore the editor.\nTalks resume on"
                + " Friday.";
        String edited = "Dockworkers walked out on Tuesday.\nThe port stayed shut.\nTalks resume on Friday.";

        assertThat(RestoredText.merge(WITHOUT, withSpan, edited)).isEmpty();
    }

    @Test
    void linesTheEditorAddedWhereTheRemovedOnesWereComeAfterThem() {
        String edited = "Dockworkers walked out on Tuesday.\nEditor's line.\nThe port was closed.\nTalks resume on Friday.";

        assertThat(RestoredText.merge(WITHOUT, WITH_LINE, edited)).contains("Dockworkers walked out on Tuesday.\n"
                + "Photo: Agency\nEditor's line.\nThe port was closed.\nTalks resume on Friday.");
    }
}
