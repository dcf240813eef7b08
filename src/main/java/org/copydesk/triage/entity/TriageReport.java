package org.copydesk.triage.entity;

import java.util.List;

/**
 * Everything the automatic triage found out about one ingested article.
 *
 * @param mediaType          "text/plain" or "text/html"
 * @param paragraphs         the original's paragraphs with their spans; with the removed findings they rebuild
 *                           {@code workingText} (see {@code WorkingText.rebuild})
 * @param workingText        cleaned text, paragraphs separated by a blank line
 * @param safeHtml           sanitized HTML for HTML input, empty for plain text
 * @param language           ISO 639-1 code of the article
 * @param findings           in order of their position in the original
 */
public record TriageReport(
        String mediaType,
        List<Paragraph> paragraphs,
        String workingText,
        String safeHtml,
        String language,
        List<ParagraphLanguage> paragraphLanguages,
        List<Finding> findings,
        NearDuplicateSignature signature,
        StoryFingerprint story,
        Routing routing) {

    public TriageReport {
        paragraphs = List.copyOf(paragraphs);
        paragraphLanguages = List.copyOf(paragraphLanguages);
        findings = List.copyOf(findings);
    }

    public List<Finding> findingsOf(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    public boolean has(FindingKind kind) {
        return findings.stream().anyMatch(f -> f.kind() == kind);
    }
}
