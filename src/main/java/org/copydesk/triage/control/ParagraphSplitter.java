package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.List;

import org.copydesk.triage.entity.Paragraph;

/**
 * Cuts plain text into paragraphs, keeping each paragraph's span in the original.
 * Every non-blank line starts a paragraph (feeds often put one paragraph per line without blank lines), except a
 * hard-wrapped continuation: a line starting in lower case after a long line that does not end a sentence.
 */
final class ParagraphSplitter {

    private static final int WRAPPED_LINE_MIN_LENGTH = 40;

    List<Paragraph> split(String original) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int paragraphStart = -1;
        int paragraphEnd = -1;
        String previousLine = null;
        int lineStart = 0;
        while (lineStart <= original.length()) {
            int lineEnd = lineEnd(original, lineStart);
            int from = skipSpaces(original, lineStart, lineEnd);
            int to = trimSpaces(original, from, lineEnd);
            if (from == to) {
                paragraphStart = flush(original, paragraphs, paragraphStart, paragraphEnd);
                previousLine = null;
            } else {
                String line = original.substring(from, to);
                if (paragraphStart >= 0 && !continues(previousLine, line)) {
                    paragraphStart = flush(original, paragraphs, paragraphStart, paragraphEnd);
                }
                if (paragraphStart < 0) {
                    paragraphStart = from;
                }
                paragraphEnd = to;
                previousLine = line;
            }
            lineStart = nextLineStart(original, lineEnd);
        }
        flush(original, paragraphs, paragraphStart, paragraphEnd);
        return paragraphs;
    }

    private static boolean continues(String previousLine, String line) {
        if (previousLine == null || previousLine.length() < WRAPPED_LINE_MIN_LENGTH) {
            return false;
        }
        char last = previousLine.charAt(previousLine.length() - 1);
        return ".!?:;\"”»)…".indexOf(last) < 0 && Character.isLowerCase(line.codePointAt(0));
    }

    private static int flush(String original, List<Paragraph> paragraphs, int start, int end) {
        if (start >= 0) {
            String text = TextNormalizer.normalize(original.substring(start, end));
            if (!text.isEmpty()) {
                paragraphs.add(new Paragraph(paragraphs.size(), start, end, text, false));
            }
        }
        return -1;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLineStart(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length() + 1;
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimSpaces(String text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
