package org.copydesk.factcheck.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.text.control.Sentence;

/**
 * Reads awards ("Turing Award", "prix Turing", "Turing-Preis", "Nobelpreis"). The award's own name,
 * without the word for award, is the label and the attribute ("award:turing"), so that languages meet.
 */
final class AwardReader implements ValueReader {

    private final List<Pattern> forms = new ArrayList<>();
    private final Set<String> functionWords = new HashSet<>();

    AwardReader(LanguageProfile profile) {
        profile.awardForms().forEach(f -> forms.add(Pattern.compile(f)));
        profile.functionWords().forEach(w -> functionWords.add(w.toLowerCase(Locale.ROOT)));
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        for (Pattern form : forms) {
            Matcher m = form.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                String written = m.group("name");
                String name = withoutLeadingFunctionWords(written);
                int start = name.equals(written) ? m.start() : m.start("name") + written.indexOf(name);
                int end = m.end();
                if (name.isEmpty() || out.stream().anyMatch(f -> f.kind() == ClaimKind.AWARD && f.overlaps(start, end))) {
                    continue;
                }
                String label = Words.fold(name).replaceAll("['’]s$", "");
                out.add(new Finding(ClaimKind.AWARD, start, end, new Label(label),
                        "award:" + Words.slug(label)));
            }
        }
    }

    /** "The Turing Award" opening a sentence: "The" is not part of the award's name. */
    private String withoutLeadingFunctionWords(String name) {
        String[] words = name.split("\\s+");
        int i = 0;
        while (i < words.length && functionWords.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }
}
