package org.copydesk.triage.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Function words per language, folded (lower case, no accents), for topic and name extraction, read from the
 * lexicons {@code /triage/lexicons/<code>.properties}: {@code stopwords}, {@code calendar} (days, months and
 * titles, which are capitalised yet no names) and, for a language that capitalises every noun, the words that
 * announce a common noun ({@code nounDeterminers}) and the endings of one ({@code nounSuffixes}); and the words of
 * register that tell reporting from service copy: {@code readerAddress} (second person, first person plural) and
 * {@code reporting} (attribution).
 */
final class StopWords {

    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl");

    private static final Map<String, Set<String>> BY_LANGUAGE = new HashMap<>();
    private static final Map<String, Set<String>> NOUN_DETERMINERS = new HashMap<>();
    private static final Map<String, List<String>> NOUN_SUFFIXES = new HashMap<>();
    private static final Set<String> ALL = new HashSet<>();
    private static final Set<String> CALENDAR = new HashSet<>();
    private static final Map<String, Set<String>> READER_ADDRESS = new HashMap<>();
    private static final Map<String, Set<String>> IMPERATIVE_OBJECTS = new HashMap<>();
    private static final Map<String, Set<String>> REPORTING = new HashMap<>();

    static {
        LANGUAGES.forEach(StopWords::load);
    }

    private StopWords() {
    }

    private static void load(String language) {
        String resource = "/triage/lexicons/" + language + ".properties";
        Properties lexicon = new Properties();
        try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No lexicon " + resource);
            }
            lexicon.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
        Set<String> stopWords = words(lexicon, "stopwords");
        BY_LANGUAGE.put(language, stopWords);
        ALL.addAll(stopWords);
        CALENDAR.addAll(words(lexicon, "calendar"));
        NOUN_DETERMINERS.put(language, words(lexicon, "nounDeterminers"));
        NOUN_SUFFIXES.put(language, List.copyOf(words(lexicon, "nounSuffixes")));
        READER_ADDRESS.put(language, words(lexicon, "readerAddress"));
        IMPERATIVE_OBJECTS.put(language, words(lexicon, "imperativeObjects"));
        REPORTING.put(language, words(lexicon, "reporting"));
    }

    private static Set<String> words(Properties lexicon, String name) {
        String words = lexicon.getProperty(name, "").trim();
        return words.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(words.split("\\s+")));
    }

    /** Stop words of the language, falling back to all known ones for a language without a list. */
    static Set<String> of(String language) {
        return BY_LANGUAGE.getOrDefault(language, ALL);
    }

    static boolean isStopWordInAnyLanguage(String foldedWord) {
        return ALL.contains(foldedWord);
    }

    /** A capitalised word that names no event: a function word, a day, a month or a title, in any language. */
    static boolean isNeverAName(String foldedWord) {
        return ALL.contains(foldedWord) || CALENDAR.contains(foldedWord);
    }

    /** Words after which a capitalised word is a common noun, in a language that capitalises nouns; else none. */
    static Set<String> nounDeterminers(String language) {
        return NOUN_DETERMINERS.getOrDefault(language == null ? "" : language, Set.of());
    }

    static boolean hasNounEnding(String language, String foldedWord) {
        return NOUN_SUFFIXES.getOrDefault(language == null ? "" : language, List.of()).stream()
                .anyMatch(suffix -> foldedWord.length() > suffix.length() + 2 && foldedWord.endsWith(suffix));
    }

    /** Words of the language that speak with the reader (second person, first person plural), folded. */
    static Set<String> readerAddress(String language) {
        return READER_ADDRESS.getOrDefault(language == null ? "" : language, Set.of());
    }

    /**
     * Object pronouns that, second word of a sentence, make its first word a verb told to the reader ("Feed them
     * once a week"): a sentence opening on a subject never has one there.
     */
    static Set<String> imperativeObjects(String language) {
        return IMPERATIVE_OBJECTS.getOrDefault(language == null ? "" : language, Set.of());
    }

    /** Attribution words of the language, folded: "said", "selon", "laut". */
    static Set<String> reporting(String language) {
        return REPORTING.getOrDefault(language == null ? "" : language, Set.of());
    }
}
