package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.text.control.Sentence;

/**
 * Reads spans of time in hours: "nearly six hours", "46 Stunden", "a five-day strike", "cinque ore". Ages and
 * years are left to their own readers, so "five years" is not a duration.
 */
final class DurationReader implements ValueReader {

    private final NumberReader numbers;
    private final Map<String, BigDecimal> hoursPerUnit = new HashMap<>();
    private final Pattern pattern;

    DurationReader(LanguageProfile profile, NumberReader numbers) {
        this.numbers = numbers;
        profile.durationUnits().forEach((unit, hours) -> hoursPerUnit.put(Words.fold(unit), hours));
        this.pattern = profile.durationUnits().isEmpty() ? null : Pattern.compile("(?<num>" + numbers.numeral()
                + ")(?:" + Words.SPACE + "+|-)(?<unit>" + Words.alternation(profile.durationUnits().keySet()) + ")"
                + Words.AFTER, Words.FLAGS);
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        if (pattern == null) {
            return;
        }
        Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            BigDecimal hours = numbers.parse(m.group("num"))
                    .multiply(hoursPerUnit.get(Words.fold(m.group("unit"))), MathContext.DECIMAL64)
                    .round(new MathContext(6)).stripTrailingZeros();
            out.add(new Finding(ClaimKind.DURATION, m.start(), m.end(),
                    new Quantity(hours, "hours", numbers.hedged(text, sentence.start(), m.start()))));
        }
    }
}
