package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.copydesk.ingest.control.ContentFingerprint;
import org.junit.jupiter.api.Test;

class ContentFingerprintTest {

    @Test
    void lineEndingsCompositionAndTrailingSpacesDoNotMakeANewArticle() {
        assertEquals(ContentFingerprint.of("Café", "Line one\nLine two"),
                ContentFingerprint.of("Cafe\u0301 ", "Line one  \r\nLine two\r\n"));
    }

    @Test
    void differentWordsMakeADifferentFingerprint() {
        assertNotEquals(ContentFingerprint.of("Title", "Twelve people were hurt."),
                ContentFingerprint.of("Title", "Twenty people were hurt."));
        assertNotEquals(ContentFingerprint.of("Title A", "Same body"), ContentFingerprint.of("Title B", "Same body"));
    }
}
