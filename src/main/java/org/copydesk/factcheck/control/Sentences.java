package org.copydesk.factcheck.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits working text into sentences. Every line is its own block (headlines, bullets and
 * blockquote lines end where the line ends); inside a line a sentence ends at . ! ? or … followed by
 * closing quotes or brackets and a space, unless the full stop closes an abbreviation or an initial.
 */
final class Sentences {

    private static final String CLOSERS = "”“\"’»)]";
    private static final String LEADERS = " \t\u00A0•·*-–—>";

    private final Set<String> abbreviations;
    private final Pattern ordinal;

    Sentences(LanguageProfile profile) {
        this.abbreviations = new HashSet<>(profile.abbreviations());
        this.ordinal = Pattern.compile(profile.numericOrdinal());
    }

    List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        int line = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, line, sentences);
            lineStart = lineEnd + 1;
            line++;
        }
        return sentences;
    }

    private void splitLine(String text, int from, int to, int line, List<Sentence> out) {
        int start = from;
        while (start < to && LEADERS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        boolean blockquote = text.substring(from, start).indexOf('>') >= 0;
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end < to && Character.isWhitespace(text.charAt(end)) && opensSentence(text, end, to)
                        && !(c == '.' && abbreviationBefore(text, start, i))) {
                    add(text, start, end, line, blockquote, out);
                    start = end;
                    while (start < to && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                    i = start;
                    continue;
                }
            }
            i++;
        }
        add(text, start, to, line, blockquote, out);
    }

    private static boolean opensSentence(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= to) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || "“\"«„‘'([$€£".indexOf(c) >= 0;
    }

    private boolean abbreviationBefore(String text, int sentenceStart, int dot) {
        int i = dot;
        while (i > sentenceStart && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        String word = text.substring(i, dot);
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            return ordinal.matcher(word + ".").matches(); // German "am 14. Oktober"
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int start, int end, int line, boolean blockquote, List<Sentence> out) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        boolean hasContent = false;
        for (int i = start; i < e && !hasContent; i++) {
            hasContent = Character.isLetterOrDigit(text.charAt(i));
        }
        if (hasContent) {
            out.add(new Sentence(start, e, line, blockquote));
        }
    }
}
