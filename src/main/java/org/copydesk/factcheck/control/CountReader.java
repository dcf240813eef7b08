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
import org.copydesk.text.control.Sentence;

/**
 * Reads counts: a number followed by what it counts. A noun of the profile's list within two words gives a canonical
 * English unit ("600 employees", "~600 AI positions", "600 postes", "1.200 Mitarbeiter" are all "jobs"); otherwise
 * the noun right after the number is the unit as written ("80 firefighters", "300 Tonnen", "Fourteen people"). A
 * bare year is not a count, nor is a number followed by a word another reader owns (a month, a currency, a unit of
 * time) or by a name.
 */
final class CountReader implements ValueReader {

    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}-]*)"
            + Words.SPACE + "+$");

    private final NumberReader numbers;
    private final Map<String, String> nouns = new HashMap<>();
    private final Set<String> notCounted = new HashSet<>();
    private final boolean capitalisedNouns;
    private final Map<String, BigDecimal> scales = new HashMap<>();
    private final Map<String, String> measures = new HashMap<>();
    private final Pattern measured;
    private final Pattern known;
    private final Pattern any;
    private final Pattern partOf;
    private final Pattern tally;
    private final Pattern named;

    /** How far before a counted whole its part is looked for: "18 of the 32 seats". */
    private static final int PART_REACH = 40;
    /** Units that say no more than that something was counted: the noun after them names it. */
    private static final Set<String> GENERAL_UNITS = Set.of("people", "cases");

    CountReader(LanguageProfile profile, NumberReader numbers) {
        this.numbers = numbers;
        this.capitalisedNouns = profile.capitalisesNouns();
        profile.countNouns().forEach((w, unit) -> nouns.put(Words.fold(w), unit));
        profile.measureNouns().forEach((w, unit) -> measures.put(Words.fold(w), unit));
        profile.scaleWords().forEach((w, factor) -> scales.put(Words.fold(w), factor));
        for (List<String> words : List.of(profile.functionWords(), profile.articles(), profile.conjunctions(),
                profile.percentWords(), profile.approximators(), List.copyOf(profile.monthNames().keySet()),
                List.copyOf(profile.currencyWords().keySet()), List.copyOf(profile.scaleWords().keySet()),
                List.copyOf(profile.durationUnits().keySet()), List.copyOf(profile.weekdays().keySet()),
                List.copyOf(profile.numberWords().keySet()), profile.passiveMarkers(), profile.agentWords())) {
            words.forEach(word -> notCounted.add(Words.fold(word)));
        }
        // "48 million passengers", "48 milioni di passeggeri": the scale belongs to the number
        String number = "(?<num>" + numbers.numeral() + ")(?:" + Words.SPACE + "+(?<scale>"
                + (profile.scaleWords().isEmpty() ? "(?!)" : Words.alternation(profile.scaleWords().keySet()))
                + ")(?![\\p{L}]))?";
        this.measured = profile.measureNouns().isEmpty() ? null : Pattern.compile(number + Words.SPACE + "*(?<noun>"
                + Words.alternation(profile.measureNouns().keySet()) + ")(?![\\p{L}\\p{N}])", Words.FLAGS);
        this.known = Pattern.compile(number + Words.SPACE + "+(?:[\\p{L}-]+" + Words.SPACE
                + "+){0,2}?(?<noun>" + Words.alternation(profile.countNouns().keySet()) + ")" + Words.AFTER, Words.FLAGS);
        this.any = Pattern.compile(number + Words.SPACE + "+(?<noun>\\p{L}[\\p{L}'’-]{2,})"
                + Words.AFTER, Words.FLAGS);
        // "18 of the 32 seats": the number before the whole is the count, of the unit named after the whole
        this.partOf = profile.partitives().isEmpty() ? null : Pattern.compile("(?<num>" + numbers.numeral() + ")"
                + Words.SPACE + "+" + Words.alternation(profile.partitives()) + Words.SPACE + "+$", Words.FLAGS);
        // "mit 7:2 Stimmen": a tally counts the first side
        this.tally = Pattern.compile(number + "[:∶]" + numbers.numeral() + Words.SPACE + "+(?<noun>"
                + Words.alternation(profile.countNouns().keySet()) + ")" + Words.AFTER, Words.FLAGS);
        // "nine people were hurt", "19 cas de brûlures": a general noun followed closely by what was counted
        List<String> linking = new java.util.ArrayList<>(profile.passiveMarkers());
        linking.addAll(profile.partitives());
        linking.addAll(profile.articles());
        this.named = Pattern.compile(Words.SPACE + "+(?:" + Words.alternation(linking) + Words.SPACE + "+){0,2}?(?<noun>"
                + Words.alternation(profile.countNouns().keySet()) + ")" + Words.AFTER, Words.FLAGS);
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        int before = out.size();
        if (measured != null) {
            Matcher u = measured.matcher(text).region(sentence.start(), sentence.end());
            while (u.find()) {
                out.add(new Finding(ClaimKind.COUNT, u.start(), u.end(), new Quantity(number(u),
                        measures.get(Words.fold(u.group("noun"))), numbers.hedged(text, sentence.start(), u.start()))));
            }
        }
        if (hasColon(text, sentence)) {
            Matcher v = tally.matcher(text).region(sentence.start(), sentence.end());
            while (v.find()) {
                out.add(new Finding(ClaimKind.COUNT, v.start(), v.end(), new Quantity(number(v),
                        nouns.get(Words.fold(Words.singleSpaced(v.group("noun")))), false)));
            }
        }
        Matcher m = known.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (out.subList(before, out.size()).stream().anyMatch(f -> f.overlaps(start, end))) {
                continue;
            }
            String unit = nouns.get(Words.fold(Words.singleSpaced(m.group("noun"))));
            if (GENERAL_UNITS.contains(unit)) {
                Matcher n = named.matcher(text).region(end, sentence.end());
                String specific = n.lookingAt() ? nouns.get(Words.fold(Words.singleSpaced(n.group("noun")))) : null;
                unit = specific == null || GENERAL_UNITS.contains(specific) ? unit : specific;
            }
            Matcher whole = partOf == null ? null
                    : partOf.matcher(text).region(Math.max(sentence.start(), start - PART_REACH), start);
            if (whole != null && whole.find()) {
                out.add(new Finding(ClaimKind.COUNT, whole.start(), end, new Quantity(
                        numbers.parse(whole.group("num")).stripTrailingZeros(), unit,
                        numbers.hedged(text, sentence.start(), whole.start()))));
                continue;
            }
            out.add(new Finding(ClaimKind.COUNT, start, end,
                    new Quantity(number(m), unit, numbers.hedged(text, sentence.start(), start))));
        }
        List<Finding> listed = List.copyOf(out.subList(before, out.size()));
        Matcher g = any.matcher(text).region(sentence.start(), sentence.end());
        while (g.find()) {
            int start = g.start();
            int end = g.end();
            if (listed.stream().anyMatch(f -> f.overlaps(start, end)) || !counted(g.group("num"), g.group("noun"))
                    || modelNumber(text, sentence, start)) {
                continue;
            }
            // "a single guard" counts what "two guards" count
            String noun = Words.fold(g.group("noun"));
            String unit = nouns.getOrDefault(noun + "s", noun);
            out.add(new Finding(ClaimKind.COUNT, start, end, new Quantity(number(g), unit,
                    numbers.hedged(text, sentence.start(), start))));
        }
    }

    private BigDecimal number(Matcher m) {
        BigDecimal n = numbers.parse(m.group("num"));
        BigDecimal scale = m.group("scale") == null ? null : scales.get(Words.fold(m.group("scale")));
        return (scale == null ? n : n.multiply(scale)).stripTrailingZeros();
    }

    private static boolean hasColon(String text, Sentence sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '∶') {
                return true;
            }
        }
        return false;
    }

    /** "9,000 Model 3 cars": a number right after a name inside the sentence is part of that name. */
    private boolean modelNumber(String text, Sentence sentence, int start) {
        Matcher m = NAME_BEFORE.matcher(text).region(sentence.start(), start);
        return m.find() && !notCounted.contains(Words.fold(m.group(1)))
                && !text.substring(sentence.start(), m.start(1)).replaceAll("[\\W_]", "").isEmpty();
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
