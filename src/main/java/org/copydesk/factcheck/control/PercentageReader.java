package org.copydesk.factcheck.control;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;

/** Reads percentages: "12.6%", "12,6 %", "20 percent", "20 pour cent", "20 Prozent". */
final class PercentageReader implements ValueReader {

    private final NumberReader numbers;
    private final Pattern pattern;

    PercentageReader(LanguageProfile profile, NumberReader numbers) {
        this.numbers = numbers;
        this.pattern = Pattern.compile("(?<num>" + numbers.numeral() + ")" + Words.SPACE + "?(?:%|"
                + Words.alternation(profile.percentWords()) + Words.AFTER + ")", Words.FLAGS);
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            out.add(new Finding(ClaimKind.PERCENTAGE, m.start(), m.end(), new Quantity(
                    numbers.parse(m.group("num")).stripTrailingZeros(), "%",
                    numbers.hedged(text, sentence.start(), m.start()))));
        }
    }
}
