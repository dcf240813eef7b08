package org.copydesk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.copydesk.ingest.control.SubmissionReader;
import org.copydesk.ingest.entity.Submission;
import org.junit.jupiter.api.Test;

class SubmissionReaderTest {

    @Test
    void plainTextTitleSkipsLinesThatAreNotWords() {
        Submission submission = plain("“`html\nMinister resigns over report\n\nBody.");
        assertEquals("Minister resigns over report", submission.title());
    }

    @Test
    void aLeadParagraphAsFirstLineIsCutToItsFirstSentence() {
        Submission submission = plain("The minister resigned on Friday. " + "Later that day, ".repeat(20) + "\n\nMore.");
        assertEquals("The minister resigned on Friday.", submission.title());
    }

    @Test
    void aLongFirstSentenceIsCutAtAWordBoundary() {
        Submission submission = plain("word ".repeat(100));
        assertTrue(submission.title().length() <= 160, submission.title());
        assertTrue(submission.title().endsWith("word…"), submission.title());
    }

    @Test
    void htmlTitleComesFromTheTitleElementOrTheFirstHeading() {
        String withTitle = "<title> Floods </title><h1>Other</h1><p>x</p>";
        String withHeading = "<body><h2>Floods recede</h2><p>x</p></body>";
        assertEquals("Floods", html(withTitle).title());
        assertEquals("Floods recede", html(withHeading).title());
    }

    @Test
    void everyProblemIsNamedByItsField() {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            Submission submission = SubmissionReader.fromJson(" ", "", null, "ftp://x", "not a language");
            Set<String> fields = validation.getValidator().validate(submission).stream()
                    .map(violation -> violation.getPropertyPath().toString()).collect(Collectors.toSet());
            assertEquals(Set.of("title", "text", "source", "url", "language"), fields);
        }
    }

    @Test
    void aCompleteSubmissionHasNoViolations() {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            Submission submission = SubmissionReader.fromJson("Title", "Body.", "wire", "https://example.org/a", "fr-CA");
            assertEquals(Set.of(), validation.getValidator().validate(submission));
        }
    }

    private static Submission plain(String text) {
        return SubmissionReader.fromPlainText(text.getBytes(StandardCharsets.UTF_8), text, null, "wire", null, null);
    }

    private static Submission html(String html) {
        return SubmissionReader.fromHtml(html.getBytes(StandardCharsets.UTF_8), html, null, "s", null, null);
    }
}
