package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.Paragraph;
import org.jsoup.Jsoup;

/**
 * The cleaned text an editor works on, always derived from the original paragraphs and the findings marked
 * {@code removed}: restoring a removal is flipping {@link Finding#withRemoved(boolean)} and rebuilding.
 */
public final class WorkingText {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    private WorkingText() {
    }

    /**
     * Rebuilds the working text. A paragraph entirely inside a removed span is dropped; a removed span inside a
     * paragraph is cut out of it. Findings not marked removed are ignored.
     */
    public static String rebuild(String original, List<Paragraph> paragraphs, Collection<Finding> findings) {
        List<Finding> removals = findings.stream().filter(Finding::removed)
                .sorted(Comparator.comparingInt(Finding::start)).toList();
        List<String> kept = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (!isRemoved(paragraph, removals)) {
                String text = cut(original, paragraph, removals);
                if (!text.isEmpty()) {
                    kept.add(text);
                }
            }
        }
        return String.join(PARAGRAPH_SEPARATOR, kept);
    }

    /** Paragraphs that no removed finding covers entirely. */
    public static List<Paragraph> kept(List<Paragraph> paragraphs, Collection<Finding> findings) {
        List<Finding> removals = findings.stream().filter(Finding::removed).toList();
        return paragraphs.stream().filter(p -> !isRemoved(p, removals)).toList();
    }

    static boolean isRemoved(Paragraph paragraph, Collection<Finding> removals) {
        for (Finding finding : removals) {
            if (finding.removed() && finding.covers(paragraph.start(), paragraph.end())) {
                return true;
            }
        }
        return false;
    }

    /** Invisible formatting characters (bidirectional controls) sit inside words: cutting them leaves no gap. */
    private static boolean joinsWords(String removed) {
        return !removed.isEmpty() && removed.codePoints().allMatch(cp -> Character.getType(cp) == Character.FORMAT);
    }

    private static String cut(String original, Paragraph paragraph, List<Finding> removals) {
        List<Finding> inside = removals.stream()
                .filter(f -> f.overlaps(paragraph.start(), paragraph.end()))
                .toList();
        if (inside.isEmpty()) {
            return paragraph.text();
        }
        if (paragraph.fromMarkup()) {
            String text = paragraph.text();
            for (Finding finding : inside) {
                String removedText = TextNormalizer.normalize(Jsoup.parseBodyFragment(
                        original.substring(finding.start(), finding.end())).text());
                if (!removedText.isEmpty()) {
                    text = text.replace(removedText, joinsWords(removedText) ? "" : " ");
                }
            }
            return TextNormalizer.normalize(text);
        }
        StringBuilder text = new StringBuilder();
        int position = paragraph.start();
        for (Finding finding : inside) {
            if (finding.start() > position) {
                text.append(original, position, finding.start());
                if (!joinsWords(original.substring(finding.start(), finding.end()))) {
                    text.append(' ');
                }
            }
            position = Math.max(position, finding.end());
        }
        if (position < paragraph.end()) {
            text.append(original, position, paragraph.end());
        }
        return TextNormalizer.normalize(text.toString());
    }
}
