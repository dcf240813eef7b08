package org.copydesk.portal.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.copydesk.portal.entity.Claim;
import org.copydesk.portal.entity.DiffRow;
import org.copydesk.portal.entity.Finding;
import org.copydesk.portal.entity.TextPiece;

/**
 * Cuts an article's text into pieces at the spans the API reports (claims in the working text, findings in the
 * original), so a page can mark them without ever writing the text as markup. Overlapping spans keep the first.
 */
public final class TextMarks {

    private TextMarks() {
    }

    public static List<TextPiece> claims(String text, List<Claim> claims) {
        List<Mark> marks = new ArrayList<>();
        for (Claim claim : claims) {
            boolean phrase = claim.getPhraseEnd() > claim.getPhraseStart();
            marks.add(new Mark(phrase ? claim.getPhraseStart() : claim.getStart(),
                    phrase ? claim.getPhraseEnd() : claim.getEnd(), claim.getId(), claim.getStatus(), false,
                    claim.getKind() + ": " + claim.getValue()));
        }
        return cut(text, marks);
    }

    public static List<TextPiece> findings(String original, List<Finding> findings) {
        List<Mark> marks = new ArrayList<>();
        for (Finding finding : findings) {
            marks.add(new Mark(finding.getStart(), finding.getEnd(), finding.getId(), finding.getKind(),
                    finding.isRemoved(), finding.getExplanation()));
        }
        return cut(original, marks);
    }

    /** A comment's text with each {@code @name} the API resolved to a person marked; other {@code @words} stay text. */
    public static List<TextPiece> mentions(String body, List<String> mentioned) {
        List<Mark> marks = new ArrayList<>();
        String text = body == null ? "" : body;
        String folded = text.toLowerCase(Locale.ROOT);
        for (String name : mentioned == null ? List.<String>of() : mentioned) {
            String at = "@" + name.toLowerCase(Locale.ROOT);
            for (int from = folded.indexOf(at); from >= 0; from = folded.indexOf(at, from + at.length())) {
                int end = from + at.length();
                boolean wholeName = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
                if (wholeName) {
                    marks.add(new Mark(from, end, name, "mention", false, name));
                }
            }
        }
        return cut(text, marks);
    }

    private static List<TextPiece> cut(String text, List<Mark> marks) {
        String whole = text == null ? "" : text;
        List<TextPiece> pieces = new ArrayList<>();
        int at = 0;
        List<Mark> sorted = marks.stream()
                .filter(mark -> mark.start() >= 0 && mark.end() > mark.start() && mark.end() <= whole.length())
                .sorted(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()))
                .toList();
        for (Mark mark : sorted) {
            if (mark.start() < at) {
                continue;
            }
            if (mark.start() > at) {
                pieces.add(new TextPiece(whole.substring(at, mark.start()), null, null, false, null));
            }
            pieces.add(new TextPiece(whole.substring(mark.start(), mark.end()), mark.id(), mark.kind(), mark.removed(),
                    mark.explanation()));
            at = mark.end();
        }
        if (at < whole.length()) {
            pieces.add(new TextPiece(whole.substring(at), null, null, false, null));
        }
        return pieces;
    }

    /** A unified diff as the API writes it, side by side: removals left, additions right, paired in order. */
    public static List<DiffRow> sideBySide(String unifiedDiff) {
        List<DiffRow> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String line : (unifiedDiff == null ? "" : unifiedDiff).split("\n", -1)) {
            if (line.startsWith("---") || line.startsWith("+++")) {
                continue;
            }
            if (line.startsWith("-")) {
                removed.add(line.substring(1));
            } else if (line.startsWith("+")) {
                added.add(line.substring(1));
            } else {
                flush(rows, removed, added);
                if (line.startsWith("@@")) {
                    rows.add(new DiffRow(line, "hunk", line, "hunk"));
                } else if (line.startsWith(" ")) {
                    rows.add(new DiffRow(line.substring(1), "same", line.substring(1), "same"));
                }
            }
        }
        flush(rows, removed, added);
        return rows;
    }

    private static void flush(List<DiffRow> rows, List<String> removed, List<String> added) {
        for (int i = 0; i < Math.max(removed.size(), added.size()); i++) {
            rows.add(new DiffRow(i < removed.size() ? removed.get(i) : "", i < removed.size() ? "del" : "none",
                    i < added.size() ? added.get(i) : "", i < added.size() ? "add" : "none"));
        }
        removed.clear();
        added.clear();
    }

    private record Mark(int start, int end, String id, String kind, boolean removed, String explanation) {
    }
}
