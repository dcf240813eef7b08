package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;

/**
 * Reads counts: a number followed, within two words, by a counted noun ("600 employees",
 * "~600 AI positions", "600 postes", "1.200 Mitarbeiter"). The unit is the noun's canonical English form.
 */
final class CountReader implements ValueReader {

    private final NumberReader numbers;
    private final Map<String, String> nouns = new HashMap<>();
    private final Pattern pattern;

    CountReader(LanguageProfile profile, NumberReader numbers) {
        this.numbers = numbers;
        profile.countNouns().forEach((w, unit) -> nouns.put(Words.fold(w), unit));
        this.pattern = Pattern.compile("(?<num>" + numbers.numeral() + ")" + Words.SPACE + "+(?:[\\p{L}-]+" + Words.SPACE
                + "+){0,2}?(?<noun>" + Words.alternation(profile.countNouns().keySet()) + ")" + Words.AFTER, Words.FLAGS);
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            BigDecimal n = numbers.parse(m.group("num"));
            String unit = nouns.get(Words.fold(m.group("noun")));
            out.add(new Finding(ClaimKind.COUNT, m.start(), m.end(),
                    new Quantity(n.stripTrailingZeros(), unit, numbers.hedged(text, sentence.start(), m.start()))));
        }
    }
}
