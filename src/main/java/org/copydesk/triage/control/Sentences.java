package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.List;

/** Sentence spans inside a stretch of the original text. */
final class Sentences {

    private static final String TERMINALS = ".!?。！？";

    private Sentences() {
    }

    /** [start, end) pairs of the sentences between {@code from} and {@code to}, trimmed of surrounding spaces. */
    static List<int[]> spans(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean boundary = c == '\n'
                    || (TERMINALS.indexOf(c) >= 0 && (i + 1 == to || Character.isWhitespace(text.charAt(i + 1))
                    || isCjkTerminal(c)));
            if (boundary) {
                add(text, spans, start, i + 1);
                start = i + 1;
            }
        }
        add(text, spans, start, to);
        return spans;
    }

    private static boolean isCjkTerminal(char c) {
        return c == '。' || c == '！' || c == '？';
    }

    private static void add(String text, List<int[]> spans, int start, int end) {
        int s = ParagraphSplitter.skipSpaces(text, start, end);
        int e = ParagraphSplitter.trimSpaces(text, s, end);
        if (s < e) {
            spans.add(new int[] {s, e});
        }
    }
}
