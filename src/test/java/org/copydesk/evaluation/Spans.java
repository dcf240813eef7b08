package org.copydesk.evaluation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an answer key's exact phrase stands in a text that may have been cleaned since: whitespace of any kind
 * (no-break spaces included) is one space, typographic apostrophes are plain ones, and spans are given back in
 * the text's own offsets.
 */
final class Spans {

    record Span(int start, int end) {
        boolean overlaps(int from, int to) {
            return start < to && from < end;
        }
    }

    private Spans() {
    }

    static List<Span> find(String text, String phrase) {
        String needle = fold(phrase).strip();
        if (needle.isEmpty()) {
            return List.of();
        }
        StringBuilder folded = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 1];
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c == ' ') {
                if (space) {
                    continue;
                }
                space = true;
            } else {
                space = false;
            }
            origin[folded.length()] = i;
            folded.append(c);
        }
        origin[folded.length()] = text.length();
        List<Span> spans = new ArrayList<>();
        String haystack = folded.toString();
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            spans.add(new Span(origin[at], origin[at + needle.length() - 1] + 1));
        }
        return spans;
    }

    static int count(String text, String phrase) {
        return find(text, phrase).size();
    }

    /** One-space, plain-apostrophe, NFC text, for comparing a phrase with a text. */
    static String fold(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = fold(nfc.charAt(i));
            if (c == ' ' && space) {
                continue;
            }
            space = c == ' ';
            folded.append(c);
        }
        return folded.toString();
    }

    private static char fold(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        return switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> '\'';
            default -> c;
        };
    }
}
