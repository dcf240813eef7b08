package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.Severity;

/**
 * Finds the body, or a large part of it, printed a second time (scrapers often concatenate a page's teaser and
 * its full text). Consecutive paragraphs that repeat earlier ones word for word form one run; a run of enough
 * words is flagged on the second copy and collapsed.
 */
final class RepeatedBodyDetector {

    private static final int MIN_RUN_WORDS = 40;

    List<Finding> detect(List<Paragraph> paragraphs) {
        Map<String, Paragraph> firstSeen = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Paragraph> run = new ArrayList<>();
        List<Paragraph> originals = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            String key = String.join(" ", TextNormalizer.words(paragraph.text()));
            Paragraph earlier = key.isEmpty() ? null : firstSeen.putIfAbsent(key, paragraph);
            if (earlier == null) {
                report(run, originals, findings);
            } else {
                run.add(paragraph);
                originals.add(earlier);
            }
        }
        report(run, originals, findings);
        return findings;
    }

    private static void report(List<Paragraph> run, List<Paragraph> originals, List<Finding> findings) {
        int words = run.stream().mapToInt(Findings::wordCount).sum();
        if (words >= MIN_RUN_WORDS) {
            String explanation = run.size() == 1
                    ? "Paragraph " + (run.get(0).index() + 1) + " repeats paragraph " + (originals.get(0).index() + 1)
                            + " word for word (" + words + " words)."
                    : "Paragraphs " + (run.get(0).index() + 1) + "–" + (run.get(run.size() - 1).index() + 1)
                            + " repeat paragraphs " + (originals.get(0).index() + 1) + "–"
                            + (originals.get(originals.size() - 1).index() + 1) + " word for word (" + words
                            + " words): the body was printed twice; the second copy is collapsed.";
            findings.add(Findings.onParagraphs(FindingKind.REPEATED_BODY, Severity.MEDIUM, run, explanation, true));
        }
        run.clear();
        originals.clear();
    }
}
