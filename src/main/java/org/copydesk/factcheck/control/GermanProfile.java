package org.copydesk.factcheck.control;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** German as written in news copy: decimal comma, full stop between thousands, "Mrd.", "Mio.". */
public final class GermanProfile implements LanguageProfile {

    @Override
    public String language() {
        return "de";
    }

    @Override
    public char decimalMark() {
        return ',';
    }

    @Override
    public String groupingMarks() {
        return ". \u00A0\u202F";
    }

    @Override
    public Map<String, BigDecimal> scaleWords() {
        return Map.ofEntries(entry("tausend", new BigDecimal("1e3")), entry("mio.", new BigDecimal("1e6")),
                entry("mio", new BigDecimal("1e6")), entry("million", new BigDecimal("1e6")),
                entry("millionen", new BigDecimal("1e6")), entry("mrd.", new BigDecimal("1e9")),
                entry("mrd", new BigDecimal("1e9")), entry("milliarde", new BigDecimal("1e9")),
                entry("milliarden", new BigDecimal("1e9")),
                // a German "Billion" is a million million
                entry("billion", new BigDecimal("1e12")), entry("billionen", new BigDecimal("1e12")));
    }

    @Override
    public Map<String, String> currencyWords() {
        return Map.ofEntries(entry("euro", "EUR"), entry("dollar", "USD"), entry("us-dollar", "USD"),
                entry("pfund", "GBP"), entry("franken", "CHF"), entry("yen", "JPY"));
    }

    @Override
    public List<String> percentWords() {
        return List.of("prozent");
    }

    @Override
    public List<String> approximators() {
        return List.of("rund", "etwa", "ca.", "circa", "fast", "knapp", "mehr als", "über", "bis zu", "nahezu");
    }

    @Override
    public Map<String, String> countNouns() {
        return Map.ofEntries(entry("mitarbeiter", "jobs"), entry("mitarbeitende", "jobs"),
                entry("beschäftigte", "jobs"), entry("stellen", "jobs"), entry("arbeitsplätze", "jobs"),
                entry("menschen", "people"), entry("personen", "people"), entry("nutzer", "users"),
                entry("kunden", "customers"), entry("forscher", "researchers"), entry("studenten", "students"),
                entry("mitglieder", "members"), entry("passagiere", "passengers"), entry("fluggäste", "passengers"),
                entry("flüge", "flights"), entry("filialen", "stores"), entry("länder", "countries"),
                entry("unternehmen", "companies"), entry("tote", "deaths"), entry("todesopfer", "deaths"),
                entry("sitze", "seats"), entry("stimmen", "votes"), entry("jahre", "years"), entry("jahren", "years"),
                entry("fahrzeuge", "vehicles"), entry("wohnungen", "homes"));
    }

    @Override
    public Map<String, Integer> monthNames() {
        return Map.ofEntries(entry("januar", 1), entry("jänner", 1), entry("februar", 2), entry("märz", 3),
                entry("april", 4), entry("mai", 5), entry("juni", 6), entry("juli", 7), entry("august", 8),
                entry("september", 9), entry("oktober", 10), entry("november", 11), entry("dezember", 12));
    }

    @Override
    public List<String> dateForms() {
        return List.of("{DAY}\\.\\s*{MONTH}\\s+{YEAR}", "{MONTH}\\s+{YEAR}");
    }

    @Override
    public List<String> ageForms() {
        return List.of("{N}-[Jj]ährige[rnms]?", "{N}\\s+Jahre\\s+alt", "im\\s+Alter\\s+von\\s+{N}",
                "mit\\s+{N}\\s+Jahren");
    }

    @Override
    public Map<String, Integer> ordinalWords() {
        return Map.ofEntries(entry("erste", 1), entry("erster", 1), entry("zweite", 2), entry("zweiter", 2),
                entry("zweit", 2), entry("dritte", 3), entry("dritter", 3), entry("dritt", 3), entry("vierte", 4),
                entry("viert", 4), entry("fünfte", 5), entry("fünft", 5), entry("sechste", 6), entry("sechst", 6),
                entry("siebte", 7), entry("siebt", 7), entry("achte", 8), entry("neunte", 9), entry("neunt", 9),
                entry("zehnte", 10), entry("zehnt", 10));
    }

    @Override
    public String numericOrdinal() {
        return "\\d{1,3}\\.";
    }

    @Override
    public List<String> rankingForms() {
        // "drittgrößte" is one word: ordinal stem glued to the superlative
        return List.of("{ORD}{SUP}", "{ORD}[-\\s]{SUP}", "{ORD}\\s+(?:Platz|Rang)\\b",
                "\\b(?:auf\\s+)?(?:Platz|Rang)\\s+(?<rank>\\d{1,3})(?!\\d)");
    }

    @Override
    public Map<String, String> superlatives() {
        return Map.ofEntries(entry("größte", "largest"), entry("größten", "largest"), entry("grösste", "largest"),
                entry("verkehrsreichste", "busiest"), entry("verkehrsreichsten", "busiest"),
                entry("reichste", "richest"), entry("kleinste", "smallest"), entry("höchste", "highest"),
                entry("älteste", "oldest"), entry("wertvollste", "most valuable"), entry("schnellste", "fastest"),
                entry("meistbesuchte", "most visited"));
    }

    @Override
    public Map<String, List<String>> roles() {
        return Map.ofEntries(
                entry("chief ai scientist", List.of("KI-Chefwissenschaftler", "KI-Chefforscher", "Chief AI Scientist")),
                entry("chief scientist", List.of("Chefwissenschaftler", "Chefforscher")),
                entry("chief executive officer", List.of("Vorstandschef", "Vorstandschefin", "Vorstandsvorsitzender",
                        "Vorstandsvorsitzende", "Konzernchef", "Konzernchefin", "Geschäftsführer", "Geschäftsführerin",
                        "CEO")),
                entry("chief technology officer", List.of("Technikchef", "Technikvorstand", "CTO")),
                entry("chief financial officer", List.of("Finanzchef", "Finanzchefin", "Finanzvorstand", "CFO")),
                entry("vice president", List.of("Vizepräsident", "Vizepräsidentin")),
                entry("president", List.of("Präsident", "Präsidentin")),
                entry("co-founder", List.of("Mitgründer", "Mitgründerin", "Mitbegründer")),
                entry("founder", List.of("Gründer", "Gründerin")),
                entry("professor", List.of("Professor", "Professorin")),
                entry("mayor", List.of("Bürgermeister", "Bürgermeisterin", "Oberbürgermeister")),
                entry("minister", List.of("Minister", "Ministerin")));
    }

    @Override
    public List<String> awardForms() {
        return List.of("(?<name>\\p{Lu}[\\p{L}.'’]*(?:\\s+\\p{Lu}[\\p{L}.'’]*){0,2})-(?:Preis|Award|Medaille)",
                "(?<name>\\p{Lu}\\p{Ll}+)preis(?:es|s)?\\b",
                "(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})\\s+(?:Award|Prize|Medal)");
    }

    @Override
    public Map<Attribute, List<String>> attributeCues() {
        return Map.ofEntries(
                entry(Attribute.BORN, List.of("geboren", "geb.")),
                entry(Attribute.JOINED, List.of("wechselte zu", "kam zu", "trat bei", "eingestiegen", "stieß zu")),
                entry(Attribute.LEFT, List.of("verließ", "verlässt", "verlassen", "Abschied", "ausgeschieden")),
                entry(Attribute.APPOINTED, List.of("ernannt", "berufen")),
                entry(Attribute.FOUNDED, List.of("gegründet", "gründete", "Gründung", "gründeten")),
                entry(Attribute.CREATED, List.of("entwickelt", "entwickelte", "erfunden", "erfand", "geschaffen",
                        "vorgestellt", "eingeführt")),
                entry(Attribute.ACQUISITION, List.of("übernommen", "übernahm", "übernimmt", "Übernahme", "gekauft",
                        "kaufte", "kauft", "investiert", "investierte", "Investition", "Beteiligung", "ausgegeben",
                        "gezahlt", "zahlte", "Kauf")),
                entry(Attribute.REVENUE, List.of("Umsatz", "Umsätze", "Erlöse")),
                entry(Attribute.FUNDING, List.of("eingesammelt", "sammelte", "Finanzierungsrunde")),
                entry(Attribute.VALUATION, List.of("bewertet", "Bewertung")),
                entry(Attribute.SHARE_PRICE, List.of("Aktie", "Aktien", "Kurs")),
                entry(Attribute.LAYOFFS, List.of("entlassen", "entließ", "Entlassungen", "Stellenabbau", "streicht",
                        "strich", "gestrichen", "abbauen", "abgebaut", "Kündigungen")),
                entry(Attribute.WORKFORCE, List.of("beschäftigt", "Belegschaft")));
    }

    @Override
    public Map<String, String> unitQualifiers() {
        return Map.of("ki", "ai", "künstliche intelligenz", "ai", "forschung", "research", "cloud", "cloud",
                "vertrieb", "sales", "hardware", "hardware", "redaktion", "newsroom");
    }

    @Override
    public List<String> speechCues() {
        return List.of("sagte", "sagt", "schrieb", "schreibt", "erklärte", "erklärt", "betonte", "betont",
                "fügte hinzu", "so", "laut", "zufolge", "meinte", "meint", "warnte", "teilte mit", "Erklärung",
                "kündigte an", "sagten");
    }

    @Override
    public List<String> personPronouns() {
        return List.of("er", "sie", "ihm", "ihr", "sein", "seine", "seiner", "seinen");
    }

    @Override
    public List<String> functionWords() {
        return List.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                "er", "sie", "es", "wir", "ihr", "ich", "sein", "seine", "und", "oder", "aber", "doch", "denn", "wenn",
                "als", "weil", "dass", "nachdem", "bevor", "während", "seit", "in", "im", "an", "am", "auf", "aus",
                "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "über", "unter", "laut", "dies",
                "diese", "dieser", "dieses", "damit", "dabei", "dort", "hier", "heute", "gestern", "auch", "noch",
                "nur", "schon", "so", "wie", "was", "wer", "warum", "wo", "montag", "dienstag", "mittwoch",
                "donnerstag", "freitag", "samstag", "sonntag", "herr", "frau");
    }

    @Override
    public List<String> coActorWords() {
        return List.of("mit", "zusammen mit", "gemeinsam mit", "neben", "sowie");
    }

    @Override
    public List<String> conjunctions() {
        return List.of("und", "aber", "oder");
    }

    @Override
    public List<String> passiveMarkers() {
        return List.of("wurde", "wurden", "worden", "ist", "sind");
    }

    @Override
    public List<String> agentWords() {
        return List.of("von", "durch");
    }

    @Override
    public List<String> articles() {
        return List.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
                "kein", "keine", "dieser", "diese", "dieses", "jeder", "jede", "jedes");
    }

    @Override
    public boolean capitalisesNouns() {
        return true;
    }

    @Override
    public List<String> abbreviations() {
        return List.of("mio", "mrd", "nr", "bzw", "ca", "dr", "prof", "z.b", "u.a", "usw", "etc", "vgl", "geb", "st",
                "jan", "feb", "okt", "dez", "inkl", "evtl");
    }
}
