package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads numerals the way the article's language writes them. The profile's decimal mark is always a
 * decimal mark; any other separator followed by exactly three digits groups thousands, and otherwise
 * it is taken as a decimal mark, which forgives "1.5 Mrd." in German copy.
 */
final class NumberReader {

    private final char decimalMark;
    private final String numeral;
    private final Map<String, BigDecimal> words = new HashMap<>();
    private final Pattern hedge;

    NumberReader(LanguageProfile profile) {
        this.decimalMark = profile.decimalMark();
        StringBuilder grouping = new StringBuilder("[");
        for (char c : profile.groupingMarks().toCharArray()) {
            grouping.append(Pattern.quote(String.valueOf(c)));
        }
        grouping.append(']');
        profile.numberWords().forEach((word, value) -> words.put(Words.fold(word), value));
        String digits = "(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:" + grouping + "\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?!\\p{N})";
        // "twelve hundred", "twenty-five", "sechs": numbers written out, as whole words
        String word = Words.alternation(profile.numberWords().keySet());
        this.numeral = profile.numberWords().isEmpty() ? digits : "(?:" + digits + "|" + Words.BEFORE + word + "(?:(?:"
                + Words.SPACE + "+|-)" + word + ")*" + "(?![\\p{L}\\p{N}]))";
        this.hedge = Pattern.compile("(?:~|≈|" + Words.BEFORE + Words.alternation(profile.approximators()) + ")"
                + Words.SPACE + "*$", Words.FLAGS);
    }

    /** A regex (without groups) matching one numeral of this language. */
    String numeral() {
        return numeral;
    }

    BigDecimal parse(String written) {
        if (written.chars().noneMatch(Character::isDigit)) {
            return parseWords(written);
        }
        List<Integer> separators = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (Character.isDigit(c)) {
                digits.append(c);
            } else {
                separators.add(digits.length());
                separators.add((int) c);
            }
        }
        if (separators.isEmpty()) {
            return new BigDecimal(digits.toString());
        }
        int lastAt = separators.get(separators.size() - 2);
        char last = (char) (int) separators.get(separators.size() - 1);
        int digitsAfter = digits.length() - lastAt;
        boolean decimal = last == decimalMark || digitsAfter != 3;
        if (!decimal) {
            return new BigDecimal(digits.toString());
        }
        return new BigDecimal(digits.substring(0, lastAt) + "." + digits.substring(lastAt));
    }

    /** "twelve hundred" = 1200, "twenty-five" = 25, "two thousand" = 2000. */
    private BigDecimal parseWords(String written) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        for (String part : Words.fold(written).split("[\\s\\u00A0\\u202F-]+")) {
            BigDecimal value = words.get(part);
            if (value == null) {
                continue;
            }
            if (value.compareTo(BigDecimal.valueOf(100)) >= 0) {
                current = current.signum() == 0 ? value : current.multiply(value);
                if (value.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                    total = total.add(current);
                    current = BigDecimal.ZERO;
                }
            } else {
                current = current.add(value);
            }
        }
        return total.add(current);
    }

    /** Whether the article hedges the figure starting at {@code at}: "~600", "about 600", "près de 600". */
    boolean hedged(String text, int sentenceStart, int at) {
        int from = Math.max(sentenceStart, at - 30);
        return hedge.matcher(text.substring(from, at)).find();
    }
}
