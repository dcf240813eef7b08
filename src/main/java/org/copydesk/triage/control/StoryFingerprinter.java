package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.StoryFingerprint;

/**
 * Extracts what stays the same when a story is retold in another language: names of people, companies and places
 * (capitalized words, folded to lower case without accents), acronyms, years and figures. The most salient keys
 * form the article's {@link StoryFingerprint}.
 */
public final class StoryFingerprinter {

    static final int KEYS_KEPT = 25;

    private static final double NAME_WEIGHT = 2.0;
    private static final double ACRONYM_WEIGHT = 2.0;
    private static final double GENERIC_ACRONYM_WEIGHT = 0.5;
    private static final double YEAR_WEIGHT = 1.0;
    private static final double NUMBER_WEIGHT = 0.5;

    /** Words, keeping inner apostrophes, hyphens, dots and commas so "LeCun’s", "14,3" and "3.1" stay whole. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d&]{1,5}s?");
    /** What joins the parts of a compound or an elided word: "Jean-Luc", "d’Orsay". */
    private static final Pattern JOINER = Pattern.compile("[-’']");
    private static final Pattern THOUSANDS_SEPARATOR = Pattern.compile("[.,](\\d{3})(?=$|[.,])");
    private static final Set<String> GENERIC_ACRONYMS = Set.of("ai", "ia", "ki", "ceo", "cto", "cfo", "coo", "cpo",
            "vp", "us", "usa", "uk", "eu", "ue", "un", "onu", "pdg", "phd", "tv", "pc", "it", "hr", "pr", "faq",
            "gdp", "pib", "ok", "am", "pm", "news", "api", "app");
    private static final Pattern DATELINE = Pattern.compile("(?:\\.[ \\u00A0]+\\p{Lu}|[ \\u00A0]*[—–][ \\u00A0]|"
            + "[ \\u00A0]+-[ \\u00A0]|[ \\u00A0]*\\([\\p{L} ]{2,20}\\)[ \\u00A0]*[—–-])");
    private static final String SENTENCE_END = ".!?:;\"“”«»()[]—–-•>";

    public StoryFingerprint fingerprint(List<Paragraph> paragraphs) {
        return fingerprint(paragraphs, null);
    }

    /**
     * @param language the article's language: where every noun is capitalised (German), a capitalised word after
     *                 a determiner or a number, or with a noun's ending, is not taken for a name
     */
    public StoryFingerprint fingerprint(List<Paragraph> paragraphs, String language) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        List<Paragraph> headlines = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            if (isTitleCase(paragraph.text())) {
                headlines.add(paragraph);
            } else {
                collect(paragraph.text(), counts, weights, null, language);
            }
        }
        Set<String> proseNames = new HashSet<>(weights.keySet());
        // Headline case capitalizes every word: only names the prose also capitalizes count from headlines.
        headlines.forEach(headline -> collect(headline.text(), counts, weights, proseNames, language));

        Map<String, Double> salience = new HashMap<>();
        counts.forEach((key, count) -> salience.put(key, weights.get(key) * Math.min(2.0, 1 + 0.5 * Math.log(count))));
        Map<String, Double> kept = new LinkedHashMap<>();
        salience.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(KEYS_KEPT)
                .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return new StoryFingerprint(kept);
    }

    /** Folded proper names of a text, as used for the fingerprint. */
    static Set<String> names(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        collect(text, counts, weights, null, null);
        Set<String> names = new HashSet<>();
        counts.keySet().stream().filter(k -> k.startsWith("name:") || k.startsWith("acronym:")).forEach(names::add);
        return names;
    }

    private static void collect(String text, Map<String, Integer> counts, Map<String, Double> weights,
            Set<String> allowedNames, String language) {
        Matcher matcher = TOKEN.matcher(text);
        Set<String> sentenceInitial = new HashSet<>();
        Set<String> inside = new HashSet<>();
        List<String> pending = new ArrayList<>();
        Set<String> determiners = StopWords.nounDeterminers(language);
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        while (matcher.find()) {
            tokens.add(matcher.group());
            starts.add(matcher.start());
        }
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            boolean initial = isSentenceStart(text, starts.get(t)) && !(t == 0 && dateline(text, starts.get(t), token));
            if (!determiners.isEmpty() && commonNoun(language, determiners, t > 0 ? tokens.get(t - 1) : "",
                    token, t + 1 < tokens.size() ? tokens.get(t + 1) : "")) {
                continue;
            }
            for (String part : JOINER.split(token)) {
                part = stripTrailingPunctuation(part);
                if (part.isEmpty()) {
                    continue;
                }
                String key = key(part);
                if (key == null) {
                    continue;
                }
                if (allowedNames != null && key.startsWith("name:") && !allowedNames.contains(key)) {
                    continue;
                }
                if (key.startsWith("name:")) {
                    (initial ? sentenceInitial : inside).add(key);
                    pending.add(key);
                    initial = false;
                    continue;
                }
                add(key, counts, weights);
                initial = false;
            }
        }
        // A capitalized word only at sentence starts is ordinary vocabulary ("However", "Voici"), not a name.
        for (String key : pending) {
            if (inside.contains(key) || allowedNames != null) {
                add(key, counts, weights);
            }
        }
    }

    /** In a language that capitalises nouns: a capitalised word that reads as a common noun, not a name. */
    private static boolean commonNoun(String language, Set<String> determiners, String previous, String token,
                                      String next) {
        if (!Character.isUpperCase(token.codePointAt(0)) || ACRONYM.matcher(token).matches()) {
            return false;
        }
        String folded = TextNormalizer.fold(token);
        boolean nextIsName = !next.isEmpty() && Character.isUpperCase(next.codePointAt(0));
        return StopWords.hasNounEnding(language, folded)
                || !previous.isEmpty() && Character.isDigit(previous.codePointAt(previous.length() - 1))
                || determiners.contains(TextNormalizer.fold(previous)) && !nextIsName;
    }

    private static void add(String key, Map<String, Integer> counts, Map<String, Double> weights) {
        counts.merge(key, 1, Integer::sum);
        weights.putIfAbsent(key, weightOf(key));
    }

    private static double weightOf(String key) {
        String value = key.substring(key.indexOf(':') + 1);
        if (key.startsWith("acronym:")) {
            return GENERIC_ACRONYMS.contains(value) ? GENERIC_ACRONYM_WEIGHT : ACRONYM_WEIGHT;
        }
        if (key.startsWith("year:")) {
            return YEAR_WEIGHT;
        }
        return key.startsWith("number:") ? NUMBER_WEIGHT : NAME_WEIGHT;
    }

    /** The typed key of a token, or null when it carries nothing across languages. */
    private static String key(String token) {
        if (YEAR.matcher(token).matches()) {
            return "year:" + token;
        }
        if (NUMBER.matcher(token).matches()) {
            String number = normalizeNumber(token);
            return number.length() < 2 ? null : "number:" + number;
        }
        if (ACRONYM.matcher(token).matches() && token.chars().filter(Character::isUpperCase).count() >= 2) {
            String acronym = token.endsWith("s") ? token.substring(0, token.length() - 1) : token;
            return "acronym:" + TextNormalizer.fold(acronym);
        }
        if (Character.isUpperCase(token.codePointAt(0)) && TextNormalizer.letterCount(token) >= 2) {
            String folded = TextNormalizer.fold(token);
            return StopWords.isNeverAName(folded) ? null : "name:" + folded;
        }
        return null;
    }

    /** "14,3" and "14.3" are the same figure; "10,000" and "10.000" are ten thousand. */
    private static String normalizeNumber(String token) {
        String digitsOnly = THOUSANDS_SEPARATOR.matcher(token).replaceAll("$1");
        return digitsOnly.replace(',', '.');
    }

    private static String stripTrailingPunctuation(String part) {
        int end = part.length();
        while (end > 0 && !Character.isLetterOrDigit(part.charAt(end - 1))) {
            end--;
        }
        return part.substring(0, end);
    }

    /**
     * "VELMORA — The central bank...", "Velmora. Die Zentralbank...", "Velmora (Reuters) -": a paragraph opening on a
     * place set off from the sentence is a dateline, and the place is a name.
     */
    private static boolean dateline(String text, int start, String token) {
        return text.substring(0, start).isBlank() && DATELINE.matcher(text).region(start + token.length(),
                text.length()).lookingAt();
    }

    private static boolean isSentenceStart(String text, int position) {
        for (int i = position - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return SENTENCE_END.indexOf(c) >= 0;
            }
        }
        return true;
    }

    private static boolean isTitleCase(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (Character.isLetter(matcher.group().codePointAt(0))) {
                words.add(matcher.group());
            }
        }
        if (words.size() < 3) {
            return false;
        }
        long capitalized = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        return capitalized * 10 >= words.size() * 6;
    }
}
