package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.text.control.Sentence;

/**
 * Reads ages: the profile's forms ("65-year-old", "âgé de 65 ans", "65-jährige") and, in any language,
 * the appositive after a name: "LeCun, 65, joined".
 */
final class AgeReader implements ValueReader {

    // the name before the comma is checked in code: a long look-behind here would run at every position
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s(?<age>\\d{1,3}),\\s");
    private final List<Pattern> forms = new ArrayList<>();

    AgeReader(LanguageProfile profile) {
        for (String form : profile.ageForms()) {
            forms.add(Pattern.compile(form.replace("{N}", "(?<age>\\d{1,3})"), Words.FLAGS));
        }
        forms.add(APPOSITIVE);
    }

    /** "LeCun, 65," : the word before the comma is capitalised. */
    private static boolean afterName(String text, int comma) {
        int i = comma;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i < comma && Character.isUpperCase(text.charAt(i));
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        for (Pattern form : forms) {
            Matcher m = form.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                int age = Integer.parseInt(m.group("age"));
                if (age < 5 || age > 120 || form == APPOSITIVE && !afterName(text, m.start())) {
                    continue;
                }
                int start = form == APPOSITIVE ? m.start("age") : m.start();
                int end = form == APPOSITIVE ? m.end("age") : m.end();
                out.add(new Finding(ClaimKind.AGE, start, end, new Quantity(BigDecimal.valueOf(age), "years", false)));
            }
        }
    }
}
