package org.copydesk.factcheck.control;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.text.control.Sentence;

/** Reads the day of the week an article names ("on Tuesday", "am Dienstag", "martedì 21 aprile"), in English. */
final class WeekdayReader implements ValueReader {

    private final Map<String, Integer> days = new HashMap<>();
    private final Pattern pattern;

    WeekdayReader(LanguageProfile profile) {
        profile.weekdays().forEach((name, day) -> days.put(Words.fold(name), day));
        this.pattern = profile.weekdays().isEmpty() ? null : Words.anyOf(profile.weekdays().keySet());
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        if (pattern == null) {
            return;
        }
        Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            Integer day = days.get(Words.fold(m.group()));
            if (day != null) {
                out.add(new Finding(ClaimKind.WEEKDAY, m.start(), m.end(),
                        new Label(DayOfWeek.of(day).name().toLowerCase(Locale.ROOT))));
            }
        }
    }

    /** The ISO day number of a weekday name, or 0. */
    int day(String name) {
        return days.getOrDefault(Words.fold(name), 0);
    }
}
