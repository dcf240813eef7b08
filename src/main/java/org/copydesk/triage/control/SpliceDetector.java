package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.Severity;

/**
 * Finds passages that belong to another text.
 * <ul>
 * <li>PROMO: a section dense in advertising cues (monetize, sign up, discount, official site...) while the rest
 * of the article is not.</li>
 * <li>SPLICE: a paragraph whose vocabulary and names have almost nothing in common with the rest of the article:
 * TF-IDF cosine against the rest of the article (stop words removed for the article's language), blended with
 * the share of its proper names found elsewhere in the article.</li>
 * </ul>
 * Sections are runs of paragraphs not interrupted by removed furniture (separators, "Read more"...) or headings.
 */
final class SpliceDetector {

    private static final int MIN_SCORED_WORDS = 12;
    private static final int MIN_SCORED_PARAGRAPHS = 4;
    /** TF-IDF cosine with the rest of the article below which a paragraph is unrelated... */
    private static final double UNRELATED_COSINE = 0.015;
    /** ...or below which it is unrelated when it names several people or things the rest never mentions. */
    private static final double FOREIGN_NAMES_COSINE = 0.05;
    private static final int FOREIGN_NAMES = 3;
    /** Short articles name new people in every paragraph; only longer ones establish their cast. */
    private static final int MIN_PARAGRAPHS_FOR_NAMES = 6;
    private static final int MIN_PARAGRAPHS_FOR_COMMON_WORDS = 12;
    private static final int PROMO_MIN_CUES = 3;
    /** Below this share of its content words found elsewhere, a paragraph addressing the reader is off-topic. */
    private static final double SERVICE_SHARED_SHARE = 0.2;
    /** Offers that address a reader, too common in reporting of offers to count as advertising alone. */
    private static final Pattern OFFER = TextNormalizer.anyPhrase("from just", "book (?:now|today|by)", "\\d+% off",
            "(?:this|next) week only", "cancel any time");
    private static final Pattern SENTENCE_OPENING = Pattern.compile("(?:^|[.!?]\\s+)(\\p{Lu}\\p{Ll}+)\\s+(\\p{L}+)\\b");
    private static final Pattern QUOTATION = Pattern.compile("[«»„“”\"]");
    private static final Pattern RECIPE_QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\d+\\s?(?:g|kg|ml|cl|°C?|C)(?![\\p{L}\\p{N}])");

    private static final Pattern PROMO = TextNormalizer.anyPhrase("monetiz\\p{L}*", "monetis\\p{L}*",
            "make money", "earn money", "earn (?:up to|extra)", "passive income", "side hustle", "sign up(?: now)?",
            "free trial", "discount\\p{L}*", "coupons?", "promo(?:tional)? code", "use code", "limited[- ]time",
            "buy now", "order now", "shop now", "official (?:site|website|store)", "download (?:now|the app)",
            "affiliate", "sponsored", "partner content", "creators?", "enroll(?: now)?", "register now",
            "join (?:now|today|for free)", "best price", "gagnez", "inscrivez-vous", "essai gratuit", "code promo",
            "reduction", "offre limitee", "telechargez", "site officiel", "createurs?", "contenu sponsorise",
            "jetzt (?:kaufen|anmelden|registrieren)", "rabatt", "gutscheincode", "kostenlos testen", "gesponsert",
            "offizielle website", "registrate", "prueba gratis", "descuentos?", "codigo promocional", "compra ahora",
            "patrocinado", "sitio oficial", "creadores", "monetiza\\p{L}*", "iscriviti ora", "prova gratuita",
            "sconto", "sito ufficiale");

    /** CJK has no word boundaries, and scraped brand names glue to it ("AiToEarn官网"). */
    private static final Pattern PROMO_CJK = Pattern.compile("官网|官方网站|免费试用|优惠券|立即注册|公式サイト");
    private static final Pattern BULLET = Pattern.compile("^(?:[•·◦▪‣*+–—-]|\\d{1,2}[.)])\\s");

    List<Finding> detect(List<Paragraph> paragraphs, List<Paragraph> all, String language) {
        List<Finding> findings = new ArrayList<>(promos(paragraphs, all));
        Set<Integer> promoted = new HashSet<>();
        for (Finding finding : findings) {
            paragraphs.stream().filter(p -> finding.covers(p.start(), p.end())).forEach(p -> promoted.add(p.index()));
        }
        List<Paragraph> remaining = paragraphs.stream().filter(p -> !promoted.contains(p.index())).toList();
        findings.addAll(splices(remaining, language));
        return findings;
    }

    private static List<Finding> promos(List<Paragraph> paragraphs, List<Paragraph> all) {
        Map<Integer, List<String>> cuesByIndex = new HashMap<>();
        Map<Integer, Integer> wordsByIndex = new HashMap<>();
        for (Paragraph paragraph : paragraphs) {
            cuesByIndex.put(paragraph.index(), cues(paragraph));
            wordsByIndex.put(paragraph.index(), Findings.wordCount(paragraph));
        }
        int totalCues = cuesByIndex.values().stream().mapToInt(List::size).sum();
        int totalWords = wordsByIndex.values().stream().mapToInt(Integer::intValue).sum();
        List<Finding> findings = new ArrayList<>();
        if (totalCues < PROMO_MIN_CUES) {
            return findings;
        }
        for (List<Paragraph> section : sections(paragraphs, all)) {
            Set<String> distinct = new LinkedHashSet<>();
            int count = 0;
            int words = 0;
            for (Paragraph paragraph : section) {
                List<String> cues = cuesByIndex.get(paragraph.index());
                distinct.addAll(cues);
                count += cues.size();
                words += wordsByIndex.get(paragraph.index());
            }
            int restWords = Math.max(1, totalWords - words);
            double sectionDensity = count / (double) Math.max(1, words);
            double restDensity = (totalCues - count) / (double) restWords;
            if (distinct.size() >= PROMO_MIN_CUES && sectionDensity > 3 * restDensity) {
                findings.add(Findings.onParagraphs(FindingKind.PROMO, Severity.MEDIUM, section,
                        "Promotional passage: " + count + " advertising cues " + distinct
                                + " in " + words + " words, far denser than in the rest of the article.", true));
            }
        }
        return findings;
    }

    /** Advertising cues of the paragraph, plural "s" dropped so "creator" and "creators" are one cue. */
    private static List<String> cues(Paragraph paragraph) {
        List<String> cues = new ArrayList<>();
        String folded = TextNormalizer.fold(paragraph.text());
        for (Pattern pattern : List.of(PROMO, PROMO_CJK)) {
            Matcher matcher = pattern.matcher(folded);
            while (matcher.find()) {
                String cue = matcher.group();
                cues.add(cue.endsWith("s") ? cue.substring(0, cue.length() - 1) : cue);
            }
        }
        return cues;
    }

    /** Runs of paragraphs with no removed paragraph between them, also cut before each heading. */
    private static List<List<Paragraph>> sections(List<Paragraph> paragraphs, List<Paragraph> all) {
        List<List<Paragraph>> sections = new ArrayList<>();
        List<Paragraph> current = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        for (Paragraph paragraph : paragraphs) {
            boolean gap = paragraph.index() != previous + 1;
            if (!current.isEmpty() && (gap || isHeading(paragraph, all))) {
                sections.add(current);
                current = new ArrayList<>();
            }
            current.add(paragraph);
            previous = paragraph.index();
        }
        if (!current.isEmpty()) {
            sections.add(current);
        }
        return sections;
    }

    private static boolean isHeading(Paragraph paragraph, List<Paragraph> all) {
        String text = paragraph.text();
        int words = Findings.wordCount(paragraph);
        boolean next = paragraph.index() + 1 < all.size()
                && Findings.wordCount(all.get(paragraph.index() + 1)) > words;
        return words > 0 && words <= 12 && next && ".!?;,:".indexOf(text.charAt(text.length() - 1)) < 0
                && !BULLET.matcher(text).find();
    }

    private static List<Finding> splices(List<Paragraph> paragraphs, String language) {
        Set<String> stopWords = StopWords.of(language);
        List<Map<String, Integer>> termCounts = paragraphs.stream().map(p -> terms(p.text(), stopWords)).toList();
        long scoredCount = termCounts.stream().filter(SpliceDetector::isScored).count();
        if (scoredCount < 2) {
            return List.of();
        }
        // a short article has too little text to judge vocabulary alone; service copy shows itself in any length
        boolean judgeVocabulary = scoredCount >= MIN_SCORED_PARAGRAPHS;
        Map<String, Double> idf = inverseDocumentFrequency(termCounts);
        List<Map<String, Double>> vectors = termCounts.stream().map(c -> weigh(c, idf)).toList();
        Map<String, Double> whole = new HashMap<>();
        vectors.forEach(v -> v.forEach((term, weight) -> whole.merge(term, weight, Double::sum)));
        List<Set<String>> names = paragraphs.stream().map(p -> StoryFingerprinter.names(p.text())).toList();
        Map<String, Integer> paragraphsNaming = new HashMap<>();
        names.forEach(set -> set.forEach(name -> paragraphsNaming.merge(name, 1, Integer::sum)));

        List<Set<String>> stems = paragraphs.stream().map(p -> prefixes(p.text(), stopWords)).toList();
        Map<String, Integer> paragraphsWithStem = new HashMap<>();
        stems.forEach(set -> set.forEach(stem -> paragraphsWithStem.merge(stem, 1, Integer::sum)));

        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (!isScored(termCounts.get(i))) {
                continue;
            }
            Paragraph paragraph = paragraphs.get(i);
            List<String> words = TextNormalizer.words(paragraph.text());
            if (reports(paragraph.text(), words, language)) {
                // who said or reported it is the mark of reporting, however new its vocabulary
                continue;
            }
            double cosine = cosine(vectors.get(i), minus(whole, vectors.get(i)));
            long sharedNames = names.get(i).stream().filter(name -> paragraphsNaming.get(name) > 1).count();
            long sharedStems = stems.get(i).stream().filter(stem -> paragraphsWithStem.get(stem) > 1).count();
            double sharedShare = stems.get(i).isEmpty() ? 0 : sharedStems / (double) stems.get(i).size();
            // a paragraph naming someone or something the rest of the article names is part of the story
            // in a short article one shared word is a link; a long one shares common words with anything
            boolean unrelated = judgeVocabulary && sharedNames == 0
                    && (sharedStems == 0 || scoredCount >= MIN_PARAGRAPHS_FOR_COMMON_WORDS) && (cosine < UNRELATED_COSINE
                    || scoredCount >= MIN_PARAGRAPHS_FOR_NAMES && cosine < FOREIGN_NAMES_COSINE
                    && names.get(i).size() >= FOREIGN_NAMES);
            // service copy (an offer, a recipe, a horoscope) speaks to its reader about something else
            boolean service = sharedNames == 0 && sharedShare < SERVICE_SHARED_SHARE
                    && servesReader(paragraph, words, language);
            if (unrelated || service) {
                findings.add(Findings.onParagraph(FindingKind.SPLICE, Severity.MEDIUM, paragraph,
                        String.format(Locale.ROOT, "Off-topic passage: vocabulary similarity with the rest of the "
                                + "article %.3f, %d of its %d words and %d of its %d names found elsewhere%s; likely "
                                + "spliced from another text.", cosine, sharedStems, stems.get(i).size(),
                                sharedNames, names.get(i).size(), service ? ", addressed to the reader" : ""), true));
            }
        }
        return findings;
    }

    /** Attribution words or quotation marks: the paragraph says who said or reported what it tells. */
    private static boolean reports(String text, List<String> words, String language) {
        Set<String> reporting = StopWords.reporting(language);
        return QUOTATION.matcher(text).find() || words.stream().anyMatch(reporting::contains);
    }

    /** The reader spoken to, an advertising cue, or quantities of a recipe ("225g", "250 ml", "180C"). */
    private static boolean servesReader(Paragraph paragraph, List<String> words, String language) {
        Set<String> address = StopWords.readerAddress(language);
        return words.stream().anyMatch(address::contains) || !cues(paragraph).isEmpty()
                || givesInstructions(paragraph.text(), language)
                || OFFER.matcher(TextNormalizer.fold(paragraph.text())).find()
                || RECIPE_QUANTITY.matcher(paragraph.text()).find();
    }

    /** A sentence opening on a verb with its object ("Feed them once a week"): an instruction to the reader. */
    private static boolean givesInstructions(String text, String language) {
        Set<String> objects = StopWords.imperativeObjects(language);
        if (objects.isEmpty()) {
            return false;
        }
        Matcher opening = SENTENCE_OPENING.matcher(text);
        while (opening.find()) {
            String first = TextNormalizer.fold(opening.group(1));
            if (objects.contains(TextNormalizer.fold(opening.group(2))) && !StopWords.of(language).contains(first)) {
                return true;
            }
        }
        return false;
    }

    /** Content words cut to five letters, so that inflections and compounds of one stem meet. */
    private static Set<String> prefixes(String text, Set<String> stopWords) {
        Set<String> prefixes = new HashSet<>();
        for (String word : TextNormalizer.words(text)) {
            if (word.length() > 3 && !stopWords.contains(word) && !StopWords.isStopWordInAnyLanguage(word)
                    && !isNumber(word)) {
                prefixes.add(word.length() > 5 ? word.substring(0, 5) : word);
            }
        }
        return prefixes;
    }

    private static boolean isScored(Map<String, Integer> termCounts) {
        return termCounts.values().stream().mapToInt(Integer::intValue).sum() >= MIN_SCORED_WORDS;
    }

    private static Map<String, Integer> terms(String text, Set<String> stopWords) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : TextNormalizer.words(text)) {
            if (word.length() > 2 && !stopWords.contains(word) && !StopWords.isStopWordInAnyLanguage(word)
                    && !isNumber(word)) {
                counts.merge(stem(word), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Plural and common inflection endings cut off, enough to match "models" with "model" or "modèles". */
    private static String stem(String word) {
        if (word.length() > 5 && (word.endsWith("es") || word.endsWith("en"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 4 && (word.endsWith("s") || word.endsWith("e"))) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isNumber(String word) {
        return word.chars().allMatch(Character::isDigit);
    }

    private static Map<String, Double> inverseDocumentFrequency(List<Map<String, Integer>> documents) {
        Map<String, Integer> frequency = new HashMap<>();
        documents.forEach(d -> d.keySet().forEach(term -> frequency.merge(term, 1, Integer::sum)));
        Map<String, Double> idf = new HashMap<>();
        frequency.forEach((term, df) -> idf.put(term, Math.log((documents.size() + 1.0) / (df + 1.0)) + 1.0));
        return idf;
    }

    private static Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Double> idf) {
        Map<String, Double> vector = new HashMap<>();
        counts.forEach((term, count) -> vector.put(term, (1 + Math.log(count)) * idf.get(term)));
        return vector;
    }

    private static Map<String, Double> minus(Map<String, Double> whole, Map<String, Double> part) {
        Map<String, Double> rest = new HashMap<>(whole);
        part.forEach((term, weight) -> rest.computeIfPresent(term, (t, w) -> w - weight > 1e-9 ? w - weight : null));
        return rest;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> entry : a.entrySet()) {
            dot += entry.getValue() * b.getOrDefault(entry.getKey(), 0.0);
        }
        double norms = norm(a) * norm(b);
        return norms == 0 ? 0 : dot / norms;
    }

    private static double norm(Map<String, Double> vector) {
        return Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
    }

}
