package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;

/**
 * Reads counts: a number followed by what it counts. A noun of the profile's list within two words gives a canonical
 * English unit ("600 employees", "~600 AI positions", "600 postes", "1.200 Mitarbeiter" are all "jobs"); otherwise
 * the noun right after the number is the unit as written ("80 firefighters", "300 Tonnen", "Fourteen people"). A
 * bare year is not a count, nor is a number followed by a word another reader owns (a month, a currency, a unit of
 * time) or by a name.
 */
final class CountReader implements ValueReader {

    private final NumberReader numbers;
    private final Map<String, String> nouns = new HashMap<>();
    private final Set<String> notCounted = new HashSet<>();
    private final boolean capitalisedNouns;
    private final Pattern known;
    private final Pattern any;

    CountReader(LanguageProfile profile, NumberReader numbers) {
        this.numbers = numbers;
        this.capitalisedNouns = profile.capitalisesNouns();
        profile.countNouns().forEach((w, unit) -> nouns.put(Words.fold(w), unit));
        for (List<String> words : List.of(profile.functionWords(), profile.articles(), profile.conjunctions(),
                profile.percentWords(), profile.approximators(), List.copyOf(profile.monthNames().keySet()),
                List.copyOf(profile.currencyWords().keySet()), List.copyOf(profile.scaleWords().keySet()),
                List.copyOf(profile.durationUnits().keySet()), List.copyOf(profile.weekdays().keySet()),
                List.copyOf(profile.numberWords().keySet()), profile.passiveMarkers(), profile.agentWords())) {
            words.forEach(word -> notCounted.add(Words.fold(word)));
        }
        this.known = Pattern.compile("(?<num>" + numbers.numeral() + ")" + Words.SPACE + "+(?:[\\p{L}-]+" + Words.SPACE
                + "+){0,2}?(?<noun>" + Words.alternation(profile.countNouns().keySet()) + ")" + Words.AFTER, Words.FLAGS);
        this.any = Pattern.compile("(?<num>" + numbers.numeral() + ")" + Words.SPACE + "+(?<noun>\\p{L}[\\p{L}'’-]{2,})"
                + Words.AFTER, Words.FLAGS);
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        Matcher m = known.matcher(text).region(sentence.start(), sentence.end());
        int before = out.size();
        while (m.find()) {
            BigDecimal n = numbers.parse(m.group("num"));
            String unit = nouns.get(Words.fold(m.group("noun")));
            out.add(new Finding(ClaimKind.COUNT, m.start(), m.end(),
                    new Quantity(n.stripTrailingZeros(), unit, numbers.hedged(text, sentence.start(), m.start()))));
        }
        List<Finding> listed = List.copyOf(out.subList(before, out.size()));
        Matcher g = any.matcher(text).region(sentence.start(), sentence.end());
        while (g.find()) {
            int start = g.start();
            int end = g.end();
            if (listed.stream().anyMatch(f -> f.overlaps(start, end)) || !counted(g.group("num"), g.group("noun"))) {
                continue;
            }
            BigDecimal n = numbers.parse(g.group("num"));
            out.add(new Finding(ClaimKind.COUNT, start, end, new Quantity(n.stripTrailingZeros(),
                    Words.fold(g.group("noun")), numbers.hedged(text, sentence.start(), start))));
        }
    }

    private boolean counted(String number, String noun) {
        String folded = Words.fold(noun);
        if (notCounted.contains(folded) || number.chars().allMatch(Character::isDigit) && number.length() == 4) {
            return false;
        }
        // a capital after a number is a name ("4 Privet Drive", "2 Brothers"), except where every noun has one
        return capitalisedNouns || !Character.isUpperCase(noun.charAt(0));
    }
}
