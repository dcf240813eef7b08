package org.copydesk.factcheck.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.text.control.Sentence;

/**
 * Reads dates ("on 12 November 2025", "le 12 novembre 2025", "July 8, 1960", "2025-11-12") and
 * bare years ("in 2013", "the 2018 Turing Award", "(2018, shared with"). Decades ("the 1980s"),
 * ranges ("2024-25") and years inside dates are not read as years.
 */
final class DateReader implements ValueReader {

    private static final Pattern ISO = Pattern.compile("(?<![\\p{N}-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?![\\p{N}])");
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/$€£#-])(?<year>1[5-9]\\d{2}|20\\d{2})(?!\\p{N}|['’]?s(?!\\p{L})|-\\d|[.,]\\d)");

    /** Attribute of a date read without its year, carrying the weekday written with it (0 when none). */
    static final String YEARLESS = "yearless:";

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> weekdays = new HashMap<>();
    /** Every form names its month, so none can match a sentence that names no month. */
    private final List<Form> forms = new ArrayList<>();
    private final Pattern anyMonth;

    private record Form(Pattern pattern, boolean withDay, boolean withYear, boolean withWeekday) {
    }

    DateReader(LanguageProfile profile) {
        profile.monthNames().forEach((w, n) -> months.put(Words.fold(w), n));
        profile.weekdays().forEach((w, n) -> weekdays.put(Words.fold(w), n));
        String month = "(?<month>" + Words.alternation(profile.monthNames().keySet()) + ")";
        String weekday = "(?<weekday>" + Words.alternation(profile.weekdays().isEmpty() ? List.of("\u0000")
                : profile.weekdays().keySet()) + ")";
        anyMonth = Pattern.compile(Words.alternation(profile.monthNames().isEmpty() ? List.of("\u0000")
                : profile.monthNames().keySet()), Words.FLAGS);
        for (String form : profile.dateForms()) {
            String regex = Words.BEFORE + form.replace("{DAY}", "(?<day>\\d{1,2})").replace("{MONTH}", month)
                    .replace("{YEAR}", "(?<year>\\d{4})").replace("{WEEKDAY}", weekday) + "(?!\\p{N})";
            forms.add(new Form(Pattern.compile(regex, Words.FLAGS), form.contains("{DAY}"), form.contains("{YEAR}"),
                    form.contains("{WEEKDAY}")));
        }
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        List<Finding> dates = new ArrayList<>();
        Matcher iso = ISO.matcher(text).region(sentence.start(), sentence.end());
        while (iso.find()) {
            addDate(dates, iso.start(), iso.end(), Integer.parseInt(iso.group("year")),
                    Integer.parseInt(iso.group("month")), Integer.parseInt(iso.group("day")));
        }
        boolean monthNamed = anyMonth.matcher(text).region(sentence.start(), sentence.end()).find();
        for (Form form : monthNamed ? forms : List.<Form>of()) {
            Matcher m = form.pattern().matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                int day = form.withDay() ? Integer.parseInt(m.group("day")) : 0;
                Integer month = months.get(Words.fold(m.group("month")));
                if (form.withYear()) {
                    addDate(dates, m.start(), m.end(), Integer.parseInt(m.group("year")), month == null ? 0 : month,
                            day);
                } else if (month != null && day >= 1 && day <= 31
                        && dates.stream().noneMatch(d -> d.overlaps(m.start(), m.end()))) {
                    String named = form.withWeekday() ? m.group("weekday") : null;
                    int weekday = named == null ? 0 : weekdays.getOrDefault(Words.fold(named), 0);
                    dates.add(new Finding(ClaimKind.DATE, m.start(), m.end(), new CalendarDate(0, month, day),
                            YEARLESS + weekday));
                }
            }
        }
        out.addAll(dates);
        Matcher y = YEAR.matcher(text).region(sentence.start(), sentence.end());
        while (y.find()) {
            int start = y.start();
            int end = y.end();
            if (dates.stream().noneMatch(d -> d.overlaps(start, end))) {
                out.add(new Finding(ClaimKind.YEAR, start, end, CalendarDate.ofYear(Integer.parseInt(y.group("year")))));
            }
        }
    }

    private static void addDate(List<Finding> dates, int start, int end, int year, int month, int day) {
        boolean valid = month >= 1 && month <= 12 && day >= 0 && day <= 31 && year >= 1000;
        if (valid && dates.stream().noneMatch(d -> d.overlaps(start, end))) {
            dates.add(new Finding(ClaimKind.DATE, start, end, new CalendarDate(year, month, day)));
        }
    }
}
