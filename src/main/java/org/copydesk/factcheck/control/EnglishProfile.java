package org.copydesk.factcheck.control;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** English as written in news copy. */
public final class EnglishProfile implements LanguageProfile {

    @Override
    public String language() {
        return "en";
    }

    @Override
    public char decimalMark() {
        return '.';
    }

    @Override
    public String groupingMarks() {
        return ",";
    }

    @Override
    public Map<String, BigDecimal> scaleWords() {
        return Map.of("thousand", new BigDecimal("1e3"), "million", new BigDecimal("1e6"),
                "millions", new BigDecimal("1e6"), "billion", new BigDecimal("1e9"),
                "billions", new BigDecimal("1e9"), "trillion", new BigDecimal("1e12"));
    }

    @Override
    public Map<String, String> currencyWords() {
        return Map.ofEntries(entry("dollars", "USD"), entry("dollar", "USD"), entry("us dollars", "USD"),
                entry("euros", "EUR"), entry("euro", "EUR"), entry("pounds", "GBP"), entry("pounds sterling", "GBP"),
                entry("yen", "JPY"), entry("swiss francs", "CHF"), entry("francs", "CHF"), entry("yuan", "CNY"));
    }

    @Override
    public List<String> percentWords() {
        return List.of("percent", "per cent");
    }

    @Override
    public List<String> approximators() {
        return List.of("about", "around", "nearly", "almost", "roughly", "approximately", "some", "more than",
                "over", "up to", "close to", "an estimated");
    }

    @Override
    public Map<String, String> countNouns() {
        return Map.ofEntries(entry("employees", "jobs"), entry("staff", "jobs"), entry("workers", "jobs"),
                entry("jobs", "jobs"), entry("positions", "jobs"), entry("roles", "jobs"), entry("people", "people"),
                entry("users", "users"), entry("customers", "customers"), entry("researchers", "researchers"),
                entry("engineers", "engineers"), entry("scientists", "scientists"), entry("students", "students"),
                entry("members", "members"), entry("subscribers", "subscribers"), entry("passengers", "passengers"),
                entry("flights", "flights"), entry("stores", "stores"), entry("countries", "countries"),
                entry("companies", "companies"), entry("startups", "companies"), entry("papers", "papers"),
                entry("votes", "votes"), entry("seats", "seats"), entry("deaths", "deaths"), entry("cases", "cases"),
                entry("years", "years"), entry("vehicles", "vehicles"), entry("homes", "homes"));
    }

    @Override
    public Map<String, Integer> monthNames() {
        return Map.ofEntries(entry("january", 1), entry("february", 2), entry("march", 3), entry("april", 4),
                entry("may", 5), entry("june", 6), entry("july", 7), entry("august", 8), entry("september", 9),
                entry("october", 10), entry("november", 11), entry("december", 12), entry("jan.", 1),
                entry("feb.", 2), entry("aug.", 8), entry("sept.", 9), entry("oct.", 10), entry("nov.", 11),
                entry("dec.", 12));
    }

    @Override
    public List<String> dateForms() {
        return List.of("{MONTH}\\s+{DAY}(?:st|nd|rd|th)?,?\\s+{YEAR}",
                "{DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?{MONTH},?\\s+{YEAR}",
                "{MONTH},?\\s+{YEAR}");
    }

    @Override
    public List<String> ageForms() {
        return List.of("{N}-year-old", "{N}\\s+years\\s+old", "aged\\s+{N}", "at\\s+(?:the\\s+)?age\\s+(?:of\\s+)?{N}",
                // "Entrepreneur at 65" in a headline: the number closes the phrase
                "\\bat\\s+{N}(?=\\s*(?:[,;:.!?)]|$))");
    }

    @Override
    public Map<String, Integer> ordinalWords() {
        return Map.ofEntries(entry("first", 1), entry("second", 2), entry("third", 3), entry("fourth", 4),
                entry("fifth", 5), entry("sixth", 6), entry("seventh", 7), entry("eighth", 8), entry("ninth", 9),
                entry("tenth", 10));
    }

    @Override
    public String numericOrdinal() {
        return "\\d{1,3}(?:st|nd|rd|th)";
    }

    @Override
    public List<String> rankingForms() {
        return List.of("{ORD}[-\\s]{SUP}", "{ORD}-(?<sup>\\p{L}{3,}est)", "\\branked\\s+(?:no\\.\\s*)?{ORD}", "\\bno\\.\\s?(?<rank>\\d{1,3})(?!\\d)");
    }

    @Override
    public Map<String, String> superlatives() {
        return Map.ofEntries(entry("largest", "largest"), entry("biggest", "largest"), entry("busiest", "busiest"),
                entry("richest", "richest"), entry("most valuable", "most valuable"), entry("smallest", "smallest"),
                entry("highest", "highest"), entry("tallest", "tallest"), entry("oldest", "oldest"),
                entry("most populous", "most populous"), entry("best-selling", "best-selling"),
                entry("most visited", "most visited"), entry("fastest", "fastest"));
    }

    @Override
    public Map<String, List<String>> roles() {
        return Map.ofEntries(
                entry("chief ai scientist", List.of("chief AI scientist", "chief artificial intelligence scientist")),
                entry("chief scientist", List.of("chief scientist")),
                entry("chief ai officer", List.of("chief AI officer", "CAIO")),
                entry("chief executive officer", List.of("chief executive officer", "chief executive", "CEO")),
                entry("chief technology officer", List.of("chief technology officer", "CTO")),
                entry("chief product officer", List.of("chief product officer", "CPO")),
                entry("chief financial officer", List.of("chief financial officer", "CFO")),
                entry("vice president", List.of("vice president", "vice-president", "VP")),
                entry("president", List.of("president")),
                entry("chair", List.of("chairman", "chairwoman", "chair of the board")),
                entry("founding director", List.of("founding director")),
                entry("co-founder", List.of("co-founder", "cofounder")),
                entry("founder", List.of("founder")),
                entry("professor", List.of("professor")),
                entry("prime minister", List.of("prime minister")),
                entry("mayor", List.of("mayor")),
                entry("minister", List.of("minister")));
    }

    @Override
    public List<String> awardForms() {
        return List.of("(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})\\s+(?:Award|Prize|Medal)(?:\\s+(?:for|in)\\s+\\p{Lu}\\p{L}+)?");
    }

    @Override
    public Map<Attribute, List<String>> attributeCues() {
        return Map.ofEntries(
                entry(Attribute.BORN, List.of("born")),
                entry(Attribute.JOINED, List.of("joined", "joining", "joins", "join", "landed at", "moved to", "hired by",
                        "recruited by")),
                entry(Attribute.LEFT, List.of("left", "leaving", "leaves", "departed", "quit", "stepped down")),
                entry(Attribute.APPOINTED, List.of("appointed", "named", "promoted", "became")),
                entry(Attribute.FOUNDED, List.of("founded", "founding", "co-founded", "established", "set up")),
                entry(Attribute.CREATED, List.of("created", "creating", "invented", "co-invented", "developed",
                        "designed", "built", "introduced", "unveiled", "released", "launched")),
                entry(Attribute.ACQUISITION, List.of("acquisition", "acquired", "acquire", "acquires", "bought", "buy",
                        "buys", "purchase", "purchased", "investment", "invested", "invest", "invests", "stake", "spent",
                        "spend", "spends", "takeover", "paid")),
                entry(Attribute.REVENUE, List.of("revenue", "revenues", "sales", "turnover")),
                entry(Attribute.FUNDING, List.of("raised", "raises", "funding", "funding round")),
                entry(Attribute.VALUATION, List.of("valued", "valuation", "worth")),
                entry(Attribute.SHARE_PRICE, List.of("shares", "stock", "share price")),
                entry(Attribute.LAYOFFS, List.of("layoffs", "laid off", "lay off", "lays off", "cut", "cuts", "cutting",
                        "fired", "job cuts", "eliminated", "eliminate", "redundancies", "slashed")),
                entry(Attribute.WORKFORCE, List.of("employs", "employed", "workforce", "headcount")));
    }

    @Override
    public Map<String, String> unitQualifiers() {
        return Map.of("ai", "ai", "artificial intelligence", "ai", "research", "research", "cloud", "cloud",
                "sales", "sales", "hardware", "hardware", "newsroom", "newsroom", "engineering", "engineering");
    }

    @Override
    public List<String> speechCues() {
        return List.of("said", "says", "say", "wrote", "writes", "told", "tells", "explained", "explains", "added",
                "adds", "noted", "notes", "advised", "advises", "argued", "argues", "stated", "states", "according to",
                "joked", "joking", "tweeted", "posted", "announced", "insisted", "warned", "declared", "statement",
                "asked", "replied", "recalled", "stressed", "called");
    }

    @Override
    public List<String> personPronouns() {
        return List.of("he", "she", "him", "his", "her", "they", "their", "them", "he’s", "he's", "she’s", "she's");
    }

    @Override
    public List<String> functionWords() {
        return List.of("the", "a", "an", "this", "that", "these", "those", "it", "it’s", "it's", "its", "he", "she",
                "they", "we", "you", "i", "his", "her", "their", "our", "my", "your", "in", "on", "at", "for", "from",
                "by", "with", "of", "to", "and", "but", "or", "so", "as", "if", "when", "while", "since", "after",
                "before", "during", "although", "though", "because", "however", "meanwhile", "today", "yesterday",
                "there", "here", "what", "who", "why", "how", "where", "which", "not", "no", "yes", "also", "still",
                "yet", "even", "just", "only", "all", "some", "many", "most", "more", "one", "each", "every",
                "according", "following", "besides", "furthermore", "moreover", "significantly", "interestingly",
                "full", "key", "read", "reports", "report", "imagine", "think",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr");
    }

    @Override
    public List<String> coActorWords() {
        return List.of("with", "alongside", "along with", "together with", "shared with", "as well as", "besides");
    }

    @Override
    public List<String> conjunctions() {
        return List.of("and", "but", "or");
    }

    @Override
    public List<String> passiveMarkers() {
        return List.of("was", "were", "been", "is", "are", "being");
    }

    @Override
    public List<String> agentWords() {
        return List.of("by");
    }

    @Override
    public List<String> articles() {
        return List.of("the", "a", "an");
    }

    @Override
    public List<String> abbreviations() {
        return List.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "inc", "ltd", "corp", "co", "jr", "sr", "vs", "u.s",
                "u.k", "e.g", "i.e", "etc", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "approx", "gen", "gov");
    }
}
