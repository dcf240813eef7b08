package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.ParagraphLanguage;
import org.copydesk.triage.entity.Severity;

/**
 * Language of the article and of each paragraph, with Lingua restricted to the languages the newsroom handles
 * and in low-accuracy mode (trigram models only: about 100 MB of heap instead of about 600 MB).
 */
final class LanguageIdentifier {

    /** Paragraphs with fewer letters than this get no language of their own: the guess would be noise. */
    private static final int MIN_LETTERS = 20;
    /** A paragraph this long, in another language with this confidence, is reported as mixed language. */
    private static final int MIXED_MIN_LETTERS = 40;
    private static final int MIXED_MIN_LETTERS_OTHER_SCRIPT = 8;
    private static final double MIXED_MIN_CONFIDENCE = 0.15;
    /** Relative score at which the article's language wins over the paragraph's favourite. */
    private static final double ARTICLE_LANGUAGE_BENEFIT = 0.9;
    /**
     * A runner-up at this share of the favourite's confidence makes a reading close. Measured on the development
     * corpora: names changed the outcome only of readings whose runner-up stood at 0.95 or more; most stand at 0.7–0.9.
     */
    private static final double CLOSE_RUNNER_UP = 0.9;
    /** Detection settles within a few hundred characters; longer paragraphs are cut for speed. */
    private static final int SAMPLE_CHARS = 200;
    /** A capitalised word that does not open a sentence: a name, which says nothing of the language around it. */
    private static final Pattern NAME_INSIDE_SENTENCE = Pattern.compile("(?<=[\\p{L}\\p{N},;] )\\p{Lu}[\\p{L}'’-]*");

    record LanguageProfile(String article, List<ParagraphLanguage> paragraphs) {
    }

    private static final class Shared {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH,
                        Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.CHINESE,
                        Language.JAPANESE, Language.KOREAN, Language.RUSSIAN, Language.ARABIC)
                .withLowAccuracyMode()
                .withPreloadedLanguageModels()
                .build();
    }

    LanguageProfile identify(List<Paragraph> paragraphs) {
        List<SortedMap<Language, Double>> scores = new ArrayList<>();
        Map<Language, Double> weightByLanguage = new HashMap<>();
        for (Paragraph paragraph : paragraphs) {
            SortedMap<Language, Double> relative = score(paragraph.text());
            scores.add(relative);
            if (!relative.isEmpty()) {
                Language top = relative.firstKey();
                weightByLanguage.merge(top, TextNormalizer.letterCount(paragraph.text()) * margin(relative, top),
                        Double::sum);
            }
        }
        Language article = weightByLanguage.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Language.UNKNOWN);
        List<ParagraphLanguage> languages = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            languages.add(paragraphLanguage(paragraphs.get(i).index(), scores.get(i), article));
        }
        return new LanguageProfile(code(article), languages);
    }

    /** Lingua's relative confidences (best = 1.0), empty when the text is too short to tell. */
    private static SortedMap<Language, Double> score(String paragraph) {
        String text = sample(paragraph);
        if (TextNormalizer.letterCount(text) < MIN_LETTERS && !isMostlyOtherScript(text)) {
            return new TreeMap<>();
        }
        SortedMap<Language, Double> asWritten = Shared.DETECTOR.computeLanguageConfidenceValues(text);
        if (!close(asWritten)) {
            return asWritten;
        }
        String withoutNames = NAME_INSIDE_SENTENCE.matcher(text).replaceAll("");
        if (withoutNames.length() == text.length() || TextNormalizer.letterCount(withoutNames) < MIN_LETTERS) {
            return asWritten;
        }
        return averaged(asWritten, Shared.DETECTOR.computeLanguageConfidenceValues(withoutNames));
    }

    /**
     * A reading whose runner-up is nearly as likely as its favourite: only then can the names in the text have
     * tipped it, and a second reading without them is worth its time (readings are the largest part of triage's
     * CPU).
     */
    private static boolean close(SortedMap<Language, Double> relative) {
        return relative.values().stream().skip(1).findFirst().orElse(0.0) >= CLOSE_RUNNER_UP;
    }

    /** Both readings count: names alone can tip a short text ("Hank Vardojzvv spoke…" reads as Dutch). */
    private static SortedMap<Language, Double> averaged(Map<Language, Double> first, Map<Language, Double> second) {
        Map<Language, Double> sum = new HashMap<>();
        first.forEach((language, value) -> sum.merge(language, value, Double::sum));
        second.forEach((language, value) -> sum.merge(language, value, Double::sum));
        double best = sum.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        SortedMap<Language, Double> relative = new TreeMap<>(Comparator
                .comparing((Language language) -> -sum.getOrDefault(language, 0.0)).thenComparing(Comparator.naturalOrder()));
        sum.forEach((language, value) -> relative.put(language, value / best));
        return relative;
    }

    /**
     * The paragraph's language, given the benefit of the doubt to the article's language when Lingua rates it
     * nearly as high as its favourite: short English headings otherwise come out as French or Dutch.
     */
    private static ParagraphLanguage paragraphLanguage(int index, SortedMap<Language, Double> relative,
            Language article) {
        if (relative.isEmpty()) {
            return new ParagraphLanguage(index, ParagraphLanguage.UNDETERMINED, 0);
        }
        Language top = relative.firstKey();
        if (top != article && relative.getOrDefault(article, 0.0) >= ARTICLE_LANGUAGE_BENEFIT) {
            top = article;
        }
        return new ParagraphLanguage(index, code(top), margin(relative, top));
    }

    /** How far the language is ahead of the best other one: 0 is a tie, 1 is certain. */
    private static double margin(SortedMap<Language, Double> relative, Language language) {
        double own = relative.getOrDefault(language, 0.0);
        double bestOther = relative.entrySet().stream().filter(e -> e.getKey() != language)
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        return Math.max(0, Math.min(1, own - bestOther));
    }

    private static String code(Language language) {
        return language == Language.UNKNOWN ? ParagraphLanguage.UNDETERMINED
                : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    List<Finding> mixedLanguage(LanguageProfile profile, List<Paragraph> paragraphs) {
        List<Finding> findings = new ArrayList<>();
        Map<Integer, ParagraphLanguage> byIndex = new HashMap<>();
        profile.paragraphs().forEach(language -> byIndex.put(language.paragraphIndex(), language));
        if (!ParagraphLanguage.UNDETERMINED.equals(profile.article())) {
            for (Paragraph paragraph : paragraphs) {
                ParagraphLanguage language = byIndex.get(paragraph.index());
                if (language == null) {
                    continue;
                }
                int letters = TextNormalizer.letterCount(paragraph.text());
                int minLetters = isMostlyOtherScript(paragraph.text()) ? MIXED_MIN_LETTERS_OTHER_SCRIPT
                        : MIXED_MIN_LETTERS;
                if (language.determined() && !language.language().equals(profile.article())
                        && letters >= minLetters && language.confidence() >= MIXED_MIN_CONFIDENCE) {
                    findings.add(Findings.onParagraph(FindingKind.MIXED_LANGUAGE, Severity.LOW, paragraph,
                            String.format(Locale.ROOT, "Paragraph in '%s' (confidence %.2f) inside an article in '%s'.",
                                    language.language(), language.confidence(), profile.article()), false));
                }
            }
        }
        return findings;
    }

    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, cut > SAMPLE_CHARS / 2 ? cut : SAMPLE_CHARS);
    }

    /** More non-Latin letters (CJK, Cyrillic, Arabic...) than Latin ones: even a short line is reliable. */
    private static boolean isMostlyOtherScript(String text) {
        int latin = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                } else {
                    other++;
                }
            }
            i += Character.charCount(cp);
        }
        return other > latin;
    }
}
