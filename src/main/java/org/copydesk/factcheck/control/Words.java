package org.copydesk.factcheck.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.copydesk.text.control.Folding;

/** Turns a profile's word lists into patterns, and text into keys. */
final class Words {

    /** Whitespace including the no-break spaces French puts before "%" and between thousands. */
    static final String SPACE = "[\\s\\u00A0\\u202F]";
    static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    static final String AFTER = "(?![\\p{L}\\p{N}])";
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Lists longer than this are grouped by first letter. */
    private static final int GROUPED_FROM = 8;
    private static final Pattern SPACES = Pattern.compile(SPACE + "+");

    private Words() {
    }

    /**
     * A regex alternation of the words, longest first so "vice president" wins over "president". A long list is
     * grouped by first letter behind a one-letter lookahead, so that a position is tried against the few words that
     * can start there rather than against all of them.
     */
    static String alternation(Collection<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        if (sorted.size() <= GROUPED_FROM || sorted.stream().anyMatch(String::isEmpty)) {
            return plainAlternation(sorted);
        }
        java.util.Map<String, List<String>> byInitial = new java.util.LinkedHashMap<>();
        for (String word : sorted) {
            String initial = new String(Character.toChars(Character.toLowerCase(word.codePointAt(0))));
            byInitial.computeIfAbsent(initial, key -> new ArrayList<>()).add(word);
        }
        StringBuilder sb = new StringBuilder("(?:");
        for (java.util.Map.Entry<String, List<String>> group : byInitial.entrySet()) {
            if (sb.length() > 3) {
                sb.append('|');
            }
            sb.append("(?=").append(Pattern.quote(group.getKey())).append(')').append(plainAlternation(group.getValue()));
        }
        return sb.append(')').toString();
    }

    private static String plainAlternation(List<String> sorted) {
        StringBuilder sb = new StringBuilder("(?:");
        for (String word : sorted) {
            if (sb.length() > 3) {
                sb.append('|');
            }
            boolean stem = word.endsWith("*");
            String literal = stem ? word.substring(0, word.length() - 1) : word;
            String[] parts = literal.split(" ");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sb.append(SPACE).append('+');
                }
                sb.append(Pattern.quote(parts[i]));
            }
            if (stem) {
                sb.append("\\p{L}*");
            }
        }
        return sb.append(')').toString();
    }

    /** Any of the words, as whole words, ignoring case. */
    static Pattern anyOf(Collection<String> words) {
        return Pattern.compile(BEFORE + alternation(words) + AFTER, FLAGS);
    }

    /** Lowercase without accents: "Élysée" becomes "elysee". */
    static String fold(String text) {
        return Folding.fold(text);
    }

    /** A key part: folded, possessive removed, runs of other characters turned into one dash. */
    static String slug(String text) {
        return Folding.dashed(text.replaceAll("['’]s$", ""));
    }

    /** Runs of spaces, including no-break spaces, as one plain space: "plus\u00A0grand" becomes "plus grand". */
    static String singleSpaced(String text) {
        return SPACES.matcher(text).replaceAll(" ");
    }

    /** Number of words in a stretch of text. */
    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
