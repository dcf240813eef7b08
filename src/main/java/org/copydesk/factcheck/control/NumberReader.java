package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads numerals the way the article's language writes them. The profile's decimal mark is always a
 * decimal mark; any other separator followed by exactly three digits groups thousands, and otherwise
 * it is taken as a decimal mark, which forgives "1.5 Mrd." in German copy.
 */
final class NumberReader {

    private final char decimalMark;
    private final String numeral;
    private final Pattern hedge;

    NumberReader(LanguageProfile profile) {
        this.decimalMark = profile.decimalMark();
        StringBuilder grouping = new StringBuilder("[");
        for (char c : profile.groupingMarks().toCharArray()) {
            grouping.append(Pattern.quote(String.valueOf(c)));
        }
        grouping.append(']');
        this.numeral = "(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:" + grouping + "\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?!\\p{N})";
        this.hedge = Pattern.compile("(?:~|≈|" + Words.BEFORE + Words.alternation(profile.approximators()) + ")"
                + Words.SPACE + "*$", Words.FLAGS);
    }

    /** A regex (without groups) matching one numeral of this language. */
    String numeral() {
        return numeral;
    }

    BigDecimal parse(String written) {
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

    /** Whether the article hedges the figure starting at {@code at}: "~600", "about 600", "près de 600". */
    boolean hedged(String text, int sentenceStart, int at) {
        int from = Math.max(sentenceStart, at - 30);
        return hedge.matcher(text.substring(from, at)).find();
    }
}
