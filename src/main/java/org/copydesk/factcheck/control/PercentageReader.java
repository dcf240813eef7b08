package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.text.control.Sentence;

/** Reads percentages ("12.6%", "12,6 %", "20 percent", "20 Prozent") and percentage points ("25 basis points"). */
final class PercentageReader implements ValueReader {

    /** The unit of a change measured in percentage points. */
    static final String POINTS = "percentage points";

    private final NumberReader numbers;
    private final Pattern pattern;

    private final Map<String, BigDecimal> points = new HashMap<>();
    private final Pattern pointPattern;
    private final Map<String, BigDecimal> phrases = new HashMap<>();
    private final Pattern numberBefore;
    /** How far before the word for points its number is looked for. */
    private static final int NUMBER_REACH = 30;

    PercentageReader(LanguageProfile profile, NumberReader numbers) {
        this.numbers = numbers;
        this.pattern = Pattern.compile("(?<num>" + numbers.numeral() + ")" + Words.SPACE + "?(?:%|"
                + Words.alternation(profile.percentWords()) + Words.AFTER + ")", Words.FLAGS);
        profile.pointWords().forEach((word, factor) -> points.put(Words.fold(word), factor));
        profile.pointPhrases().forEach((phrase, value) -> phrases.put(Words.fold(phrase), value));
        List<String> all = new java.util.ArrayList<>(profile.pointWords().keySet());
        all.addAll(profile.pointPhrases().keySet());
        this.pointPattern = all.isEmpty() ? null : Words.anyOf(all);
        this.numberBefore = Pattern.compile("(?<num>" + numbers.numeral() + ")" + Words.SPACE + "+$", Words.FLAGS);
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            out.add(new Finding(ClaimKind.PERCENTAGE, m.start(), m.end(), new Quantity(
                    numbers.parse(m.group("num")).stripTrailingZeros(), "%",
                    numbers.hedged(text, sentence.start(), m.start()))));
        }
        if (pointPattern == null) {
            return;
        }
        // "25 basis points", "0,5 Prozentpunkte", "a quarter-point hike": a change in percentage points, kept apart
        // from percentages; the points are looked for first, the number before them only where they stand
        Matcher p = pointPattern.matcher(text).region(sentence.start(), sentence.end());
        while (p.find()) {
            String written = Words.fold(Words.singleSpaced(p.group()));
            if (phrases.containsKey(written)) {
                out.add(new Finding(ClaimKind.PERCENTAGE, p.start(), p.end(),
                        new Quantity(phrases.get(written), POINTS, false)));
                continue;
            }
            Matcher n = numberBefore.matcher(text).region(Math.max(sentence.start(), p.start() - NUMBER_REACH),
                    p.start());
            if (n.find()) {
                out.add(new Finding(ClaimKind.PERCENTAGE, n.start(), p.end(), new Quantity(
                        numbers.parse(n.group("num")).multiply(points.get(written)).stripTrailingZeros(), POINTS,
                        numbers.hedged(text, sentence.start(), n.start()))));
            }
        }
    }
}
