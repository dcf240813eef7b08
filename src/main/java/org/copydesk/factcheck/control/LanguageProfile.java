package org.copydesk.factcheck.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything the claim extraction needs to know about one language: number conventions and word lists.
 * Word lists are matched case-insensitively on word boundaries; a trailing {@code *} stands for any
 * word ending ("licenci*"). Form lists are regular expressions with the placeholders documented on
 * each method. To support a new language, implement this interface and register the class in
 * {@link LanguageProfiles}; the algorithm does not change.
 */
public interface LanguageProfile {

    /** ISO 639-1 code. */
    String language();

    /** '.' in English, ',' in French and German. */
    char decimalMark();

    /** Characters that group thousands: "," in English; ".", space and no-break spaces in French and German. */
    String groupingMarks();

    /** Scale words, lowercase, to their multiplier: "billion" = 1e9, "milliard" = 1e9, "mrd." = 1e9. */
    Map<String, BigDecimal> scaleWords();

    /** Currency words, lowercase, to ISO 4217 codes: "dollars" = "USD". */
    Map<String, String> currencyWords();

    /** "percent", "pour cent", "Prozent". */
    List<String> percentWords();

    /** Words for percentage points after a number, to the points one of them is: "basis points" = 0.01. */
    default Map<String, BigDecimal> pointWords() {
        return Map.of();
    }

    /** Phrases that are a change in percentage points without a number: "quarter-point" = 0.25. */
    default Map<String, BigDecimal> pointPhrases() {
        return Map.of();
    }

    /** Words that hedge a figure: "about", "environ", "rund". */
    List<String> approximators();

    /** Nouns that make a number a count, to a canonical English unit: "employés" = "jobs". */
    Map<String, String> countNouns();

    /** Units of measure written after a number, to a canonical English unit: "metros" = "metres". */
    Map<String, String> measureNouns();

    /** Month names and abbreviations, lowercase, to 1..12. */
    Map<String, Integer> monthNames();

    /** Date forms with placeholders {DAY}, {MONTH}, {YEAR}. */
    List<String> dateForms();

    /** Age forms with placeholder {N}: "{N}-year-old", "âgé de {N} ans". */
    List<String> ageForms();

    /** Ordinal words, lowercase, to their number: "third" = 3, "troisième" = 3. */
    Map<String, Integer> ordinalWords();

    /** Pattern for ordinals written with digits: "3rd", "3e". Must not capture groups. */
    String numericOrdinal();

    /**
     * Ranking forms with placeholders {ORD} (an ordinal, word or digits) and {SUP} (a superlative),
     * or a named group "rank" for a plain number ("No. 3").
     */
    List<String> rankingForms();

    /** Superlatives to canonical English: "plus fréquenté" = "busiest", "größte" = "largest". */
    Map<String, String> superlatives();

    /** Role phrases by canonical English role: "chief executive officer" = [CEO, PDG, ...]. */
    Map<String, List<String>> roles();

    /** Award forms; the award's own name is in the named group "name" ("prix (?<name>...)"). */
    List<String> awardForms();

    /** Words that signal what a figure measures, by attribute. */
    Map<Attribute, List<String>> attributeCues();

    /** Words naming the part of an organisation a count applies to, to a canonical qualifier: "ia" = "ai". */
    Map<String, String> unitQualifiers();

    /** Verbs and phrases that attribute a quote: "said", "a déclaré", "according to", "statement". */
    List<String> speechCues();

    /** Third-person personal pronouns and possessives that stand for a person. */
    List<String> personPronouns();

    /** Capitalised words that are never names: articles, pronouns, conjunctions, common sentence openers. */
    List<String> functionWords();

    /** Words before a co-actor, who is therefore not the subject: "alongside", "avec", "mit". */
    List<String> coActorWords();

    /** Conjunctions that end a clause and chain co-actors: "and", "et", "und". */
    List<String> conjunctions();

    /** Auxiliaries right before a past participle that make it passive: "was", "a été", "wurde". */
    List<String> passiveMarkers();

    /** Words introducing the agent of a passive verb: "by", "par", "von". */
    List<String> agentWords();

    /** Articles and determiners: a single capitalised word after one is a common noun in German. */
    List<String> articles();

    /** Whether the language capitalises every noun (German), so a lone capitalised word is weak evidence of a name. */
    default boolean capitalisesNouns() {
        return false;
    }

    /** Abbreviations ending in a full stop that does not end the sentence, lowercase, without the stop. */
    List<String> abbreviations();

    /** Weekday names and abbreviations, lowercase, to ISO day numbers (Monday = 1). */
    default Map<String, Integer> weekdays() {
        return Map.of();
    }

    /** Numbers written as words, lowercase: "twelve" = 12, "sechs" = 6, "hundred" = 100 (a multiplier after a number). */
    default Map<String, BigDecimal> numberWords() {
        return Map.of();
    }

    /** Words for spans of time, lowercase, to the hours one of them lasts: "hours" = 1, "minutes" = 1/60, "days" = 24. */
    default Map<String, BigDecimal> durationUnits() {
        return Map.of();
    }

    /** Words saying a figure has changed since it was first reported: "now", "so far", "provisional", "finora". */
    default List<String> updateCues() {
        return List.of();
    }

    /** Words before a role that make it a past one: "former", "ex-", "ehemalige", "ancien". */
    default List<String> formerWords() {
        return List.of();
    }

    /**
     * Nouns that end a title ("director", "manager", "officer"), for a language whose titles read as the canonical
     * roles do (English): a title written before one of them is read as written. Empty elsewhere.
     */
    default List<String> roleHeads() {
        return List.of();
    }

    /** Abbreviated forms of address written before a name, lowercase without their stop: "dr", "prof", "mme". */
    default List<String> honorifics() {
        return List.of();
    }

    /** Words right before a role that make it one to come: "will become", "sarà", "wird", "incoming". */
    default List<String> futureWords() {
        return List.of();
    }

    /** Words that can stand before a title without being part of it: "will", "become", "serves as". */
    default List<String> notInTitles() {
        return List.of();
    }

    /** Words between a part and its whole ("18 of the 32 seats"): "of the", "sur", "su". */
    default List<String> partitives() {
        return List.of();
    }

    /** Words naming the scope a figure covers, to a canonical scope: "nationwide" = "nation", "weltweit" = "world". */
    default Map<String, String> scopeCues() {
        return Map.of();
    }
}
