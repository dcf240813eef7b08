package org.copydesk.factcheck.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.SubjectKey;

/**
 * Finds the sentences of an article that carry checkable content (dates, amounts, percentages,
 * counts, rankings, ages, roles, awards, attributed quotes) and says what each is about.
 * Thread-safe; compiled patterns are kept per language.
 */
public final class ClaimExtractor {

    /** When two values overlap ("July 8, 1960" and "1960"), the earlier kind in this list wins. */
    private static final List<ClaimKind> PRECEDENCE = List.of(ClaimKind.DATE, ClaimKind.AMOUNT, ClaimKind.PERCENTAGE,
            ClaimKind.AGE, ClaimKind.RANKING, ClaimKind.COUNT, ClaimKind.YEAR);

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
        LanguageProfile profile = profiles.find(language)
                .orElseThrow(() -> new IllegalArgumentException("No language profile for '" + language + "'"));
        Readers r = readers.computeIfAbsent(profile.language(), code -> new Readers(profile));
        List<Sentence> sentences = r.sentences.split(text);
        ProperNames names = ProperNames.index(text, sentences, profile);
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<Finding> findings = r.findingsIn(text, sentence);
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

    /** The compiled readers of one language. */
    private static final class Readers {
        final Sentences sentences;
        final List<ValueReader> values;
        final List<ValueReader> titles;
        final SubjectKeys subjects;
        final QuoteAttribution quotes;

        Readers(LanguageProfile profile) {
            NumberReader numbers = new NumberReader(profile);
            sentences = new Sentences(profile);
            values = List.of(new DateReader(profile), new AmountReader(profile, numbers),
                    new PercentageReader(profile, numbers), new AgeReader(profile), new RankingReader(profile),
                    new CountReader(profile, numbers));
            titles = List.of(new RoleReader(profile), new AwardReader(profile));
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
