package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.text.control.Sentence;

/**
 * Reads amounts of money: "$14.5 billion", "€2.5m", "14,3 milliards de dollars", "1.200 Euro",
 * "$100 milliards". The value is the full amount in the currency's unit, the unit its ISO 4217 code.
 */
final class AmountReader implements ValueReader {

    private static final String SYMBOLS = "US\\$|C\\$|A\\$|\\$|€|£|¥|USD|EUR|GBP|CHF|JPY|CAD|AUD";
    private static final Map<String, String> SYMBOL_CODES = Map.of("US$", "USD", "C$", "CAD", "A$", "AUD",
            "$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY");
    private static final Map<String, BigDecimal> COMPACT_SCALES = Map.of("k", new BigDecimal("1e3"),
            "m", new BigDecimal("1e6"), "mn", new BigDecimal("1e6"), "b", new BigDecimal("1e9"),
            "bn", new BigDecimal("1e9"), "tn", new BigDecimal("1e12"));
    private static final String COMPACT = "(?:bn|mn|tn|m|k|b)(?![\\p{L}])";

    private final NumberReader numbers;
    private final Map<String, BigDecimal> scales = new HashMap<>();
    private final Map<String, String> currencies = new HashMap<>();
    private final Pattern symbolFirst;
    private final Pattern numberFirst;

    AmountReader(LanguageProfile profile, NumberReader numbers) {
        this.numbers = numbers;
        profile.scaleWords().forEach((w, v) -> scales.put(Words.fold(w), v));
        profile.currencyWords().forEach((w, v) -> currencies.put(Words.fold(w), v));
        String scaleWords = Words.alternation(profile.scaleWords().keySet());
        String currencyWords = Words.alternation(profile.currencyWords().keySet());
        String sp = Words.SPACE;
        this.symbolFirst = Pattern.compile("(?<![\\p{L}\\p{N}])(?<cur>" + SYMBOLS + ")" + sp + "?(?<num>" + numbers.numeral()
                + ")(?:(?<compact>" + COMPACT + ")|" + sp + "+(?<scale>" + scaleWords + ")(?![\\p{L}]))?", Words.FLAGS);
        this.numberFirst = Pattern.compile("(?<num>" + numbers.numeral() + ")(?:(?<compact>" + COMPACT + ")|" + sp
                + "+(?<scale>" + scaleWords + "))?" + sp + "*(?:(?:de|di|d['’])" + sp + "*)?(?<cur>" + currencyWords + "|"
                + SYMBOLS + ")(?![\\p{L}])", Words.FLAGS);
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        for (Pattern p : List.of(symbolFirst, numberFirst)) {
            Matcher m = p.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (out.stream().anyMatch(f -> f.kind() == ClaimKind.AMOUNT && f.overlaps(start, end))) {
                    continue;
                }
                out.add(new Finding(ClaimKind.AMOUNT, start, end, quantity(m, text, sentence)));
            }
        }
    }

    private Quantity quantity(Matcher m, String text, Sentence sentence) {
        BigDecimal number = numbers.parse(m.group("num"));
        String compact = m.group("compact");
        String scale = m.group("scale");
        if (compact != null) {
            number = number.multiply(COMPACT_SCALES.get(compact.toLowerCase(Locale.ROOT)));
        } else if (scale != null) {
            number = number.multiply(scales.get(Words.fold(Words.singleSpaced(scale))));
        }
        return new Quantity(number.stripTrailingZeros(), currency(m.group("cur")),
                numbers.hedged(text, sentence.start(), m.start()));
    }

    private String currency(String written) {
        String code = SYMBOL_CODES.get(written);
        if (code != null) {
            return code;
        }
        String word = currencies.get(Words.fold(Words.singleSpaced(written)));
        return word != null ? word : written.toUpperCase(Locale.ROOT);
    }
}
