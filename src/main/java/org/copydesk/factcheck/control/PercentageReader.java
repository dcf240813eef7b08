package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;

/** Reads percentages ("12.6%", "12,6 %", "20 percent", "20 Prozent") and percentage points ("25 basis points"). */
final class PercentageReader implements ValueReader {

    /** The unit of a change measured in percentage points. */
    static final String POINTS = "percentage points";

    private final NumberReader numbers;
    private final Pattern pattern;

    private final Map<String, BigDecimal> points = new HashMap<>();
    private final Pattern pointPattern;
    private final Map<String, BigDecimal> phrases = new HashMap<>();
    private final Pattern phrasePattern;

    PercentageReader(LanguageProfile profile, NumberReader numbers) {
        this.numbers = numbers;
        this.pattern = Pattern.compile("(?<num>" + numbers.numeral() + ")" + Words.SPACE + "?(?:%|"
                + Words.alternation(profile.percentWords()) + Words.AFTER + ")", Words.FLAGS);
        profile.pointWords().forEach((word, factor) -> points.put(Words.fold(word), factor));
        this.pointPattern = points.isEmpty() ? null : Pattern.compile("(?<num>" + numbers.numeral() + ")"
                + Words.SPACE + "+(?<points>" + Words.alternation(profile.pointWords().keySet()) + ")" + Words.AFTER,
                Words.FLAGS);
        profile.pointPhrases().forEach((phrase, value) -> phrases.put(Words.fold(phrase), value));
        this.phrasePattern = phrases.isEmpty() ? null : Words.anyOf(profile.pointPhrases().keySet());
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            out.add(new Finding(ClaimKind.PERCENTAGE, m.start(), m.end(), new Quantity(
                    numbers.parse(m.group("num")).stripTrailingZeros(), "%",
                    numbers.hedged(text, sentence.start(), m.start()))));
        }
        if (phrasePattern != null) {
            Matcher f = phrasePattern.matcher(text).region(sentence.start(), sentence.end());
            while (f.find()) {
                out.add(new Finding(ClaimKind.PERCENTAGE, f.start(), f.end(), new Quantity(
                        phrases.get(Words.fold(Words.singleSpaced(f.group()))), POINTS, false)));
            }
        }
        if (pointPattern == null) {
            return;
        }
        // "25 basis points", "0,5 Prozentpunkte": a change in percentage points, kept apart from percentages
        Matcher p = pointPattern.matcher(text).region(sentence.start(), sentence.end());
        while (p.find()) {
            BigDecimal factor = points.get(Words.fold(Words.singleSpaced(p.group("points"))));
            out.add(new Finding(ClaimKind.PERCENTAGE, p.start(), p.end(), new Quantity(
                    numbers.parse(p.group("num")).multiply(factor).stripTrailingZeros(), POINTS,
                    numbers.hedged(text, sentence.start(), p.start()))));
        }
    }
}
