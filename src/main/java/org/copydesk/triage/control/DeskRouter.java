package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.copydesk.triage.entity.Desk;
import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.Priority;
import org.copydesk.triage.entity.Routing;
import org.copydesk.triage.entity.Severity;

/**
 * Suggests a desk and a priority from plain signals an editor can check: desk vocabulary (English, French,
 * German, Spanish) in the working text, breaking-news wording in the headline and first paragraph, and the
 * severity of the findings.
 */
final class DeskRouter {

    /** Fewer desk words than this and the article goes to the general desk. */
    private static final int MIN_DESK_HITS = 4;
    private static final int HEAD_PARAGRAPHS = 3;
    private static final int KICKER_WORDS = 12;
    private static final int THIN_ARTICLE_WORDS = 80;

    private static final Map<Desk, Set<String>> LEXICON = new EnumMap<>(Desk.class);

    static {
        LEXICON.put(Desk.TECHNOLOGY, lexicon("ai", "ia", "ki", "artificial", "artificielle", "kunstliche",
                "artificial", "software", "logiciel", "startup", "start", "algorithm", "algorithme", "chip", "chips",
                "semiconductor", "smartphone", "app", "apps", "internet", "cyber", "cybersecurity", "data", "donnees",
                "daten", "datos", "computer", "computing", "ordinateur", "robot", "robotics", "neural", "tech",
                "technology", "technologie", "tecnologia", "digital", "numerique", "cloud", "openai", "llm", "llms",
                "model", "models", "modele", "modeles", "pytorch", "deep", "learning", "machine", "machines",
                "chatgpt", "github", "developer", "developers", "online", "platform", "platforms", "plateforme"));
        LEXICON.put(Desk.BUSINESS, lexicon("market", "markets", "marche", "marches", "shares", "actions", "stock",
                "stocks", "bourse", "boursiere", "investor", "investors", "investisseurs", "investment", "revenue",
                "revenues", "profit", "profits", "billion", "billions", "milliard", "milliards", "million", "millions",
                "company", "companies", "entreprise", "firm", "acquisition", "merger", "economy", "economie",
                "inflation", "bank", "banque", "ceo", "pdg", "funding", "valuation", "capitalisation", "dollars",
                "euros", "sales", "unternehmen", "empresa", "mercado", "aktie", "boerse"));
        LEXICON.put(Desk.POLITICS, lexicon("government", "gouvernement", "minister", "ministre", "president",
                "election", "elections", "parliament", "parlement", "senate", "senat", "vote", "voters", "party",
                "parti", "law", "loi", "campaign", "campagne", "congress", "regierung", "wahl", "gobierno",
                "elecciones", "opposition", "deputes", "lawmakers", "policy", "regulation", "regulations"));
        LEXICON.put(Desk.WORLD, lexicon("war", "guerre", "krieg", "guerra", "ukraine", "russia", "russie", "nato",
                "otan", "treaty", "traite", "border", "frontiere", "refugees", "refugies", "diplomat", "diplomatic",
                "embassy", "ambassade", "ceasefire", "sanctions", "troops", "invasion"));
        LEXICON.put(Desk.SCIENCE, lexicon("research", "researcher", "researchers", "recherche", "chercheur",
                "chercheurs", "study", "etude", "scientist", "scientists", "scientifique", "physics", "physique",
                "space", "espace", "nasa", "climate", "climat", "species", "laboratory", "laboratoire", "lab",
                "experiment", "forschung", "investigacion", "telescope", "biology", "biologie"));
        LEXICON.put(Desk.HEALTH, lexicon("health", "sante", "hospital", "hopital", "vaccine", "vaccin", "disease",
                "maladie", "patients", "patient", "doctor", "doctors", "medecin", "covid", "cancer", "virus",
                "epidemic", "epidemie", "treatment", "traitement", "gesundheit", "salud", "drug", "clinical"));
        LEXICON.put(Desk.SPORTS, lexicon("match", "goal", "goals", "league", "ligue", "championship", "championnat",
                "coach", "entraineur", "team", "equipe", "player", "players", "joueur", "joueurs", "season", "saison",
                "cup", "coupe", "tournament", "tournoi", "olympic", "olympics", "olympiques", "striker", "score",
                "scored", "victoire", "defeat", "defaite", "stadium", "stade", "spiel", "partido", "fifa", "uefa"));
        LEXICON.put(Desk.CULTURE, lexicon("film", "films", "movie", "cinema", "music", "musique", "album", "festival",
                "museum", "musee", "book", "books", "livre", "novel", "roman", "artist", "artiste", "concert",
                "exhibition", "exposition", "theatre", "theater", "actor", "actress", "acteur", "actrice", "singer",
                "chanteur", "series", "serie", "kultur", "cultura"));
    }

    private static Set<String> lexicon(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Looked for in the headline and short kicker lines only: "breaking free" in a lead is not news. */
    private static final Pattern URGENT = TextNormalizer.anyPhrase("breaking news", "breaking\\s*[:|–—-]",
            "just (?:now|in)", "urgent", "news alert", "flash", "developing story", "live updates",
            "derniere minute", "alerte", "en direct", "a l'instant", "eilmeldung", "liveticker", "ultima hora",
            "urgente", "en directo", "ultim'ora", "in diretta");

    Routing route(List<Paragraph> kept, List<Finding> findings) {
        List<String> reasons = new ArrayList<>();
        Desk desk = desk(kept, reasons);
        Priority priority = priority(kept, findings, reasons);
        return new Routing(priority, desk, reasons);
    }

    private static Desk desk(List<Paragraph> kept, List<String> reasons) {
        Map<Desk, Map<String, Integer>> hits = new EnumMap<>(Desk.class);
        for (Paragraph paragraph : kept) {
            for (String word : TextNormalizer.words(paragraph.text())) {
                for (Map.Entry<Desk, Set<String>> desk : LEXICON.entrySet()) {
                    if (desk.getValue().contains(word)) {
                        hits.computeIfAbsent(desk.getKey(), d -> new HashMap<>()).merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        Map<Desk, Integer> totals = new LinkedHashMap<>();
        hits.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().values().stream().mapToInt(Integer::intValue).sum()))
                .sorted(Map.Entry.<Desk, Integer>comparingByValue().reversed())
                .forEach(e -> totals.put(e.getKey(), e.getValue()));
        if (totals.isEmpty() || totals.values().iterator().next() < MIN_DESK_HITS) {
            reasons.add("Desk GENERAL: fewer than " + MIN_DESK_HITS + " words from any desk's vocabulary.");
            return Desk.GENERAL;
        }
        Desk best = totals.keySet().iterator().next();
        String runnerUp = totals.entrySet().stream().skip(1).findFirst()
                .map(e -> "; next " + e.getKey() + " with " + e.getValue()).orElse("");
        reasons.add("Desk " + best + ": " + totals.get(best) + " words from its vocabulary (" + top(hits.get(best))
                + ")" + runnerUp + ".");
        return best;
    }

    private static String top(Map<String, Integer> words) {
        return words.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static Priority priority(List<Paragraph> kept, List<Finding> findings, List<String> reasons) {
        Priority priority = Priority.NORMAL;
        String head = kept.stream().limit(HEAD_PARAGRAPHS)
                .filter(p -> p.index() == kept.get(0).index() || Findings.wordCount(p) <= KICKER_WORDS)
                .map(Paragraph::text).collect(Collectors.joining(" | "));
        Matcher urgent = URGENT.matcher(TextNormalizer.fold(head));
        List<String> cues = new ArrayList<>();
        while (urgent.find()) {
            cues.add(urgent.group());
        }
        if (!cues.isEmpty()) {
            priority = cues.size() > 1 ? Priority.URGENT : Priority.HIGH;
            reasons.add("Priority " + priority + ": breaking-news wording in the headline or lead " + cues + ".");
        }
        int words = kept.stream().mapToInt(Findings::wordCount).sum();
        if (words < THIN_ARTICLE_WORDS && cues.isEmpty()) {
            priority = Priority.LOW;
            reasons.add("Priority LOW: only " + words + " words of story text are left after clean-up.");
        }
        long severe = findings.stream().filter(f -> f.severity() == Severity.HIGH).count();
        if (severe > 0) {
            priority = priority.raised();
            reasons.add(String.format(Locale.ROOT, "Priority raised to %s: %d high-severity finding%s need an "
                    + "editor before the text is used anywhere.", priority, severe, severe > 1 ? "s" : ""));
        }
        if (reasons.stream().noneMatch(r -> r.startsWith("Priority"))) {
            reasons.add("Priority NORMAL: no breaking-news wording and no high-severity finding.");
        }
        return priority;
    }
}
