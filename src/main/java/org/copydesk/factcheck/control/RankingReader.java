package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.text.control.Sentence;

/**
 * Reads rankings: "third-busiest", "No. 3", "troisième aéroport le plus fréquenté", "drittgrößte", and a
 * superlative alone as the first ("the largest hospital").
 * The value is the rank; the superlative, in canonical English, becomes the attribute ("rank:busiest").
 */
final class RankingReader implements ValueReader {

    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<String, String> superlatives = new HashMap<>();
    private final List<Pattern> forms = new ArrayList<>();

    RankingReader(LanguageProfile profile) {
        profile.ordinalWords().forEach((w, n) -> ordinals.put(Words.fold(w), n));
        profile.superlatives().forEach((w, c) -> superlatives.put(Words.fold(w), c));
        String ord = "(?<ord>" + Words.alternation(profile.ordinalWords().keySet()) + "|" + profile.numericOrdinal() + ")";
        String sup = "(?<sup>" + Words.alternation(profile.superlatives().keySet()) + ")";
        for (String form : profile.rankingForms()) {
            String regex = Words.BEFORE + form.replace("{ORD}", ord).replace("{SUP}", sup) + Words.AFTER;
            forms.add(Pattern.compile(regex, Words.FLAGS));
        }
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        for (Pattern form : forms) {
            Matcher m = form.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (out.stream().anyMatch(f -> f.kind() == ClaimKind.RANKING && f.overlaps(start, end))) {
                    continue;
                }
                int rank = rank(m);
                if (rank < 1) {
                    continue;
                }
                String sup = group(m, "sup");
                String attribute = sup == null ? "rank"
                        : "rank:" + Words.slug(superlatives.getOrDefault(Words.fold(Words.singleSpaced(sup)), sup));
                out.add(new Finding(ClaimKind.RANKING, start, end, new Quantity(BigDecimal.valueOf(rank), "rank", false),
                        attribute));
            }
        }
    }

    private int rank(Matcher m) {
        String plain = group(m, "rank");
        if (plain != null) {
            return Integer.parseInt(plain);
        }
        if (group(m, "first") != null) {
            // a superlative with no ordinal: "the largest hospital", "das größte Krankenhaus"
            return 1;
        }
        String ord = Words.fold(m.group("ord"));
        Integer word = ordinals.get(ord);
        if (word != null) {
            return word;
        }
        String digits = ord.replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }

    private static String group(Matcher m, String name) {
        return m.pattern().pattern().contains("(?<" + name + ">") ? m.group(name) : null;
    }
}
