package org.copydesk.factcheck.control;

import static java.util.Map.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** French as written in news copy: decimal comma, spaces between thousands, "milliards". */
public final class FrenchProfile implements LanguageProfile {

    @Override
    public String language() {
        return "fr";
    }

    @Override
    public char decimalMark() {
        return ',';
    }

    @Override
    public String groupingMarks() {
        return " \u00A0\u202F.";
    }

    @Override
    public Map<String, BigDecimal> scaleWords() {
        return Map.ofEntries(entry("mille", new BigDecimal("1e3")), entry("million", new BigDecimal("1e6")),
                entry("millions", new BigDecimal("1e6")), entry("milliard", new BigDecimal("1e9")),
                entry("milliards", new BigDecimal("1e9")), entry("md", new BigDecimal("1e9")),
                entry("mds", new BigDecimal("1e9")), entry("mrd", new BigDecimal("1e9")),
                // a French "billion" is a million million
                entry("billion", new BigDecimal("1e12")), entry("billions", new BigDecimal("1e12")));
    }

    @Override
    public Map<String, String> currencyWords() {
        return Map.ofEntries(entry("dollars", "USD"), entry("dollar", "USD"), entry("dollars américains", "USD"),
                entry("euros", "EUR"), entry("euro", "EUR"), entry("livres sterling", "GBP"), entry("livres", "GBP"),
                entry("francs suisses", "CHF"), entry("yens", "JPY"), entry("yuans", "CNY"));
    }

    @Override
    public List<String> percentWords() {
        return List.of("pour cent", "pourcent", "pour-cent");
    }

    @Override
    public List<String> approximators() {
        return List.of("environ", "près de", "presque", "quelque", "plus de", "moins de", "jusqu'à", "jusqu’à",
                "quasiment", "autour de", "une centaine de");
    }

    @Override
    public Map<String, String> countNouns() {
        return Map.ofEntries(entry("employés", "jobs"), entry("salariés", "jobs"), entry("postes", "jobs"),
                entry("emplois", "jobs"), entry("collaborateurs", "jobs"), entry("personnes", "people"),
                entry("utilisateurs", "users"), entry("clients", "customers"), entry("chercheurs", "researchers"),
                entry("ingénieurs", "engineers"), entry("scientifiques", "scientists"), entry("étudiants", "students"),
                entry("membres", "members"), entry("abonnés", "subscribers"), entry("passagers", "passengers"),
                entry("vols", "flights"), entry("magasins", "stores"), entry("pays", "countries"),
                entry("entreprises", "companies"), entry("morts", "deaths"), entry("décès", "deaths"),
                entry("victimes", "deaths"), entry("sièges", "seats"), entry("voix", "votes"), entry("ans", "years"),
                entry("années", "years"), entry("véhicules", "vehicles"), entry("logements", "homes"));
    }

    @Override
    public Map<String, Integer> monthNames() {
        return Map.ofEntries(entry("janvier", 1), entry("février", 2), entry("fevrier", 2), entry("mars", 3),
                entry("avril", 4), entry("mai", 5), entry("juin", 6), entry("juillet", 7), entry("août", 8),
                entry("aout", 8), entry("septembre", 9), entry("octobre", 10), entry("novembre", 11),
                entry("décembre", 12), entry("decembre", 12));
    }

    @Override
    public List<String> dateForms() {
        return List.of("{DAY}(?:er)?\\s+{MONTH}\\s+{YEAR}", "{MONTH}\\s+{YEAR}");
    }

    @Override
    public List<String> ageForms() {
        return List.of("âgée?s?\\s+de\\s+{N}\\s+ans", "\\bà\\s+{N}\\s+ans", "(?<=\\p{L}),\\s+{N}\\s+ans\\s*,",
                "{N}\\s+ans\\s*\\)");
    }

    @Override
    public Map<String, Integer> ordinalWords() {
        return Map.ofEntries(entry("premier", 1), entry("première", 1), entry("deuxième", 2), entry("second", 2),
                entry("seconde", 2), entry("troisième", 3), entry("quatrième", 4), entry("cinquième", 5),
                entry("sixième", 6), entry("septième", 7), entry("huitième", 8), entry("neuvième", 9),
                entry("dixième", 10));
    }

    @Override
    public String numericOrdinal() {
        return "\\d{1,3}(?:e|ème|è|eme)";
    }

    @Override
    public List<String> rankingForms() {
        return List.of("{ORD}\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:le\\s+|la\\s+|les\\s+)?{SUP}",
                "\\bclassée?s?\\s+(?:au\\s+|à\\s+la\\s+)?{ORD}",
                "{ORD}\\s+(?:place|rang)\\b",
                "\\b(?:au|à la)\\s+{ORD}\\s+(?:place|rang)");
    }

    @Override
    public Map<String, String> superlatives() {
        return Map.ofEntries(entry("plus grand", "largest"), entry("plus grande", "largest"),
                entry("plus grands", "largest"), entry("plus fréquenté", "busiest"), entry("plus fréquentée", "busiest"),
                entry("plus riche", "richest"), entry("plus petit", "smallest"), entry("plus petite", "smallest"),
                entry("plus haut", "highest"), entry("plus haute", "highest"), entry("plus ancien", "oldest"),
                entry("plus ancienne", "oldest"), entry("plus peuplé", "most populous"),
                entry("plus peuplée", "most populous"), entry("plus visité", "most visited"),
                entry("plus visitée", "most visited"), entry("plus vendu", "best-selling"),
                entry("plus rapide", "fastest"), entry("plus valorisée", "most valuable"));
    }

    @Override
    public Map<String, List<String>> roles() {
        return Map.ofEntries(
                entry("chief ai scientist", List.of("directeur scientifique de l'IA", "directeur scientifique de l’IA",
                        "directeur scientifique", "scientifique en chef de l'IA", "scientifique en chef de l’IA",
                        "responsable scientifique de l'IA", "responsable scientifique de l’IA")),
                entry("chief scientist", List.of("scientifique en chef")),
                entry("chief executive officer", List.of("PDG", "P.-D.G.", "président-directeur général",
                        "directeur général", "directrice générale")),
                entry("chief technology officer", List.of("directeur technique", "directrice technique", "CTO")),
                entry("chief financial officer", List.of("directeur financier", "directrice financière")),
                entry("vice president", List.of("vice-président", "vice-présidente", "VP")),
                entry("president", List.of("président", "présidente")),
                entry("founding director", List.of("directeur fondateur", "directrice fondatrice")),
                entry("co-founder", List.of("cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice")),
                entry("founder", List.of("fondateur", "fondatrice")),
                entry("professor", List.of("professeur", "professeure")),
                entry("prime minister", List.of("Premier ministre", "première ministre")),
                entry("mayor", List.of("maire")),
                entry("minister", List.of("ministre")));
    }

    @Override
    public List<String> awardForms() {
        return List.of("\\b(?:[Pp]rix|[Mm]édaille|[Tt]rophée)\\s+(?<name>\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})",
                "(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2})\\s+(?:Award|Prize|Medal)");
    }

    @Override
    public Map<Attribute, List<String>> attributeCues() {
        return Map.ofEntries(
                entry(Attribute.BORN, List.of("né", "née", "naissance")),
                entry(Attribute.JOINED, List.of("rejoint", "rejoindre", "rejoignant", "entré chez", "arrivé chez",
                        "arrivée chez", "recruté par", "embauché par")),
                entry(Attribute.LEFT, List.of("quitté", "quitte", "quitter", "départ")),
                entry(Attribute.APPOINTED, List.of("nommé", "nommée", "promu", "promue", "devenu", "devenue")),
                entry(Attribute.FOUNDED, List.of("fondé", "fondée", "fondant", "cofondé", "créé en", "fondation")),
                entry(Attribute.CREATED, List.of("créé", "créée", "inventé", "inventée", "conçu", "conçue", "développé",
                        "développée", "mis au point", "lancé", "lancée", "présenté", "dévoilé")),
                entry(Attribute.ACQUISITION, List.of("acquisition", "acquis", "racheté", "rachète", "rachat",
                        "investi", "investissement", "investit", "participation", "dépensé", "déboursé", "payé",
                        "acheté", "achète")),
                entry(Attribute.REVENUE, List.of("chiffre d'affaires", "chiffre d’affaires", "revenus", "ventes")),
                entry(Attribute.FUNDING, List.of("levé", "levée de fonds", "lève", "tour de table")),
                entry(Attribute.VALUATION, List.of("valorisé", "valorisée", "valorisation")),
                entry(Attribute.SHARE_PRICE, List.of("action", "actions", "titre", "cours")),
                entry(Attribute.LAYOFFS, List.of("licencié", "licenciés", "licencie", "licenciement", "licenciements",
                        "suppression", "suppressions", "supprimé", "supprime", "supprimer", "plan social",
                        "plan de départs", "congédié")),
                entry(Attribute.WORKFORCE, List.of("emploie", "effectif", "effectifs", "compte")));
    }

    @Override
    public Map<String, String> unitQualifiers() {
        return Map.of("ia", "ai", "intelligence artificielle", "ai", "recherche", "research", "cloud", "cloud",
                "ventes", "sales", "matériel", "hardware", "rédaction", "newsroom", "ingénierie", "engineering");
    }

    @Override
    public List<String> speechCues() {
        return List.of("a déclaré", "déclare", "a dit", "dit", "a écrit", "écrit", "a expliqué", "explique",
                "a ajouté", "ajoute", "a affirmé", "affirme", "a souligné", "souligne", "a estimé", "estime",
                "a indiqué", "indique", "a précisé", "précise", "a confié", "confie", "a qualifié", "qualifie",
                "a lancé", "a annoncé", "annonce", "selon", "d'après", "d’après", "déclaration", "a assuré", "assure",
                "a raconté", "raconte", "a répondu", "répond");
    }

    @Override
    public List<String> personPronouns() {
        return List.of("il", "elle", "lui", "ils", "elles", "leur", "leurs");
    }

    @Override
    public List<String> functionWords() {
        return List.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "il",
                "elle", "ils", "elles", "on", "nous", "vous", "je", "son", "sa", "ses", "leur", "leurs", "notre",
                "votre", "mais", "et", "ou", "donc", "or", "ni", "car", "si", "quand", "lorsque", "alors", "pourtant",
                "cependant", "en", "dans", "pour", "par", "avec", "sans", "sur", "sous", "selon", "après", "avant",
                "depuis", "pendant", "voici", "voilà", "que", "qui", "quoi", "pourquoi", "comment", "où", "c",
                "cela", "ceci", "ça", "tout", "tous", "toute", "toutes", "aussi", "même", "pensez", "voir",
                "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "m", "mme", "dr");
    }

    @Override
    public List<String> coActorWords() {
        return List.of("avec", "aux côtés de", "aux côtés d'", "ainsi que", "conjointement avec", "partagé avec");
    }

    @Override
    public List<String> conjunctions() {
        return List.of("et", "mais", "ou");
    }

    @Override
    public List<String> passiveMarkers() {
        return List.of("a été", "ont été", "est", "sont", "fut", "été");
    }

    @Override
    public List<String> agentWords() {
        return List.of("par");
    }

    @Override
    public List<String> articles() {
        return List.of("le", "la", "les", "l'", "l’", "un", "une", "des", "du");
    }

    @Override
    public List<String> abbreviations() {
        return List.of("m", "mme", "mlle", "dr", "pr", "st", "av", "env", "etc", "cf", "p", "no", "janv", "févr",
                "sept", "oct", "nov", "déc");
    }
}
