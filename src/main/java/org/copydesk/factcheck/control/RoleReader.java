package org.copydesk.factcheck.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Label;

/** Reads titles and roles ("Chief AI Scientist", "directeur scientifique", "Vorstandschef"). */
final class RoleReader implements ValueReader {

    private final Map<String, String> canonical = new HashMap<>();
    private final Pattern pattern;

    RoleReader(LanguageProfile profile) {
        profile.roles().forEach((role, forms) -> forms.forEach(f -> canonical.put(Words.fold(f), role)));
        List<String> all = profile.roles().values().stream().flatMap(List::stream).toList();
        this.pattern = Words.anyOf(all);
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            String role = canonical.get(Words.fold(Words.singleSpaced(m.group())));
            if (role != null) {
                out.add(new Finding(ClaimKind.ROLE, m.start(), m.end(), new Label(role), "role:" + Words.slug(role)));
            }
        }
    }
}
