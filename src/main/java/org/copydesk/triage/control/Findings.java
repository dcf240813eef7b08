package org.copydesk.triage.control;

import java.util.List;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.Severity;

/** Building findings the same way in every detector. */
final class Findings {

    private static final int QUOTE_LENGTH = 70;

    private Findings() {
    }

    static Finding onParagraph(FindingKind kind, Severity severity, Paragraph paragraph, String explanation,
            boolean removed) {
        return new Finding(kind, severity, paragraph.start(), paragraph.end(), explanation, removed);
    }

    /** One finding spanning a run of consecutive paragraphs. */
    static Finding onParagraphs(FindingKind kind, Severity severity, List<Paragraph> run, String explanation,
            boolean removed) {
        return new Finding(kind, severity, run.get(0).start(), run.get(run.size() - 1).end(), explanation, removed);
    }

    /** The text in quotes, shortened for an explanation. */
    static String quote(String text) {
        String shortened = text.length() <= QUOTE_LENGTH ? text : text.substring(0, QUOTE_LENGTH - 1).trim() + "…";
        return "\"" + shortened + "\"";
    }

    static int wordCount(Paragraph paragraph) {
        return TextNormalizer.words(paragraph.text()).size();
    }
}
