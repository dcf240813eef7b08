package org.copydesk.factcheck.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.SubjectKey;
import org.copydesk.text.control.Sentence;
import org.copydesk.text.control.Sentences;

/**
 * Finds the sentences of an article that carry checkable content (dates, amounts, percentages,
 * counts, rankings, ages, roles, awards, attributed quotes) and says what each is about.
 * Thread-safe; compiled patterns are kept per language.
 */
public final class ClaimExtractor {

    /** When two values overlap ("July 8, 1960" and "1960"), the earlier kind in this list wins. */
    private static final List<ClaimKind> PRECEDENCE = List.of(ClaimKind.DATE, ClaimKind.AMOUNT, ClaimKind.PERCENTAGE,
            ClaimKind.AGE, ClaimKind.DURATION, ClaimKind.RANKING, ClaimKind.COUNT, ClaimKind.YEAR);
    /** How far from the reference year a date written with its weekday but no year is looked for. */
    private static final int YEARS_AROUND = 3;

    private final LanguageProfiles profiles;
    private final Map<String, Readers> readers = new ConcurrentHashMap<>();

    public ClaimExtractor() {
        this(LanguageProfiles.builtIn());
    }

    public ClaimExtractor(LanguageProfiles profiles) {
        this.profiles = profiles;
    }

    /** Whether claims can be extracted from text in this language. */
    public boolean reads(String language) {
        return profiles.find(language).isPresent();
    }

    /**
     * @param text     the article's working text, paragraphs separated by blank lines
     * @param language ISO 639-1 code ("en", "fr", "de"; "fr-CA" is read as "fr")
     * @return the claims in text order, numbered from 0
     * @throws IllegalArgumentException when no profile exists for the language
     */
    public List<Claim> extract(String text, String language) {
        return extract(text, language, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * @param reference the day the article was received: a date written without its year ("Tuesday 13 October")
     *                  falls in the year around it where that day is that weekday, or else in the year of the
     *                  article's other dates, or else in the reference year
     */
    public List<Claim> extract(String text, String language, LocalDate reference) {
        LanguageProfile profile = profiles.find(language)
                .orElseThrow(() -> new IllegalArgumentException("No language profile for '" + language + "'"));
        Readers r = readers.computeIfAbsent(profile.language(), code -> new Readers(profile));
        List<Sentence> sentences = r.sentences.split(text);
        ProperNames names = ProperNames.index(text, sentences, profile);
        List<Claim> claims = new ArrayList<>();
        List<List<Finding>> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            found.add(r.findingsIn(text, sentence));
        }
        int articleYear = articleYear(found, reference);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<Finding> findings = found.get(i).stream().map(f -> withYear(f, articleYear, reference)).toList();
            Scene scene = r.subjects.scene(text, sentence, findings, names);
            for (Finding f : findings) {
                claims.add(new Claim(0, sentence.start(), sentence.end(), f.start(), f.end(), f.kind(), f.value(),
                        r.subjects.keyFor(f, scene), text.substring(sentence.start(), sentence.end()),
                        profile.language()));
            }
        }
        for (QuoteAttribution.Attributed q : r.quotes.find(text, names)) {
            claims.add(new Claim(0, q.start(), q.end(), q.quoteStart(), q.quoteEnd(), ClaimKind.QUOTE,
                    new Quotation(q.words(), q.speaker()), new SubjectKey(q.speakerKey(), "", "quote"),
                    text.substring(q.start(), q.end()), profile.language()));
        }
        claims.sort(Comparator.comparingInt(Claim::phraseStart).thenComparingInt(Claim::phraseEnd));
        List<Claim> numbered = new ArrayList<>(claims.size());
        for (Claim c : claims) {
            numbered.add(new Claim(numbered.size(), c.start(), c.end(), c.phraseStart(), c.phraseEnd(), c.kind(),
                    c.value(), c.subjectKey(), c.sentence(), c.language()));
        }
        return numbered;
    }

    /** The year of the article's dates written in full, the latest, or the reference year when it has none. */
    private static int articleYear(List<List<Finding>> found, LocalDate reference) {
        return found.stream().flatMap(List::stream)
                .filter(f -> f.kind() == ClaimKind.DATE && f.value() instanceof CalendarDate d && d.year() > 0
                        && d.month() > 0 && Math.abs(d.year() - reference.getYear()) <= YEARS_AROUND)
                .mapToInt(f -> ((CalendarDate) f.value()).year()).max().orElse(reference.getYear());
    }

    private static Finding withYear(Finding f, int articleYear, LocalDate reference) {
        if (!f.attribute().startsWith(DateReader.YEARLESS) || !(f.value() instanceof CalendarDate date)) {
            return f;
        }
        int weekday = Integer.parseInt(f.attribute().substring(DateReader.YEARLESS.length()));
        int year = articleYear;
        if (weekday > 0) {
            // the nearest year to the reference where that day falls on the weekday written with it
            for (int distance = 0; distance <= YEARS_AROUND; distance++) {
                int later = reference.getYear() + distance;
                int earlier = reference.getYear() - distance;
                if (falls(earlier, date, weekday)) {
                    year = earlier;
                    break;
                }
                if (falls(later, date, weekday)) {
                    year = later;
                    break;
                }
            }
        }
        return new Finding(f.kind(), f.start(), f.end(), new CalendarDate(year, date.month(), date.day()), "");
    }

    private static boolean falls(int year, CalendarDate date, int weekday) {
        try {
            return LocalDate.of(year, date.month(), date.day()).getDayOfWeek() == DayOfWeek.of(weekday);
        } catch (java.time.DateTimeException invalid) {
            return false;
        }
    }

    /** The compiled readers of one language. */
    private static final class Readers {
        final Sentences sentences;
        final List<ValueReader> values;
        final List<ValueReader> titles;
        final SubjectKeys subjects;
        final QuoteAttribution quotes;

        Readers(LanguageProfile profile) {
            NumberReader numbers = new NumberReader(profile);
            sentences = Sentences.of(profile.language(), profile.abbreviations(), profile.numericOrdinal());
            values = List.of(new DateReader(profile), new AmountReader(profile, numbers),
                    new PercentageReader(profile, numbers), new AgeReader(profile), new DurationReader(profile, numbers),
                    new RankingReader(profile), new CountReader(profile, numbers));
            titles = List.of(new RoleReader(profile), new AwardReader(profile), new WeekdayReader(profile));
            subjects = new SubjectKeys(profile);
            quotes = new QuoteAttribution(profile);
        }

        List<Finding> findingsIn(String text, Sentence sentence) {
            List<Finding> raw = new ArrayList<>();
            values.forEach(v -> v.read(text, sentence, raw));
            raw.sort(Comparator.comparingInt((Finding f) -> PRECEDENCE.indexOf(f.kind()))
                    .thenComparingInt(f -> -(f.end() - f.start())));
            List<Finding> kept = new ArrayList<>();
            for (Finding f : raw) {
                if (kept.stream().noneMatch(k -> k.overlaps(f.start(), f.end()))) {
                    kept.add(f);
                }
            }
            titles.forEach(t -> t.read(text, sentence, kept));
            kept.sort(Comparator.comparingInt(Finding::start));
            return kept;
        }
    }
}
