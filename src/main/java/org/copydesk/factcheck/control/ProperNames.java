package org.copydesk.factcheck.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.text.control.Sentence;

/**
 * The proper names of one article, typed as person, organisation or unknown, and the article's
 * principal person and organisation (the most mentioned), which stand in for pronouns and for
 * sentences that name no subject.
 *
 * <p>Heuristics: a name is a run of capitalised tokens separated by single spaces. A token that
 * opens a sentence counts only if the article also capitalises it elsewhere, or it is written in
 * mixed case ("LeCun"), and it is never one of the profile's function words. Leading generic
 * acronyms are dropped ("CEO Mark Zuckerberg"). A name with an organisation word ("Labs", "AI",
 * "University") or written in capitals ("FAIR") is an organisation; two to four capitalised words
 * are a person; a single word is a person when it is the surname of a person named in full
 * elsewhere in the article, and unknown otherwise.
 */
final class ProperNames {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}&]*(?:[-.][\\p{L}\\p{N}]+)*(?<possessive>['’]s)?(?![\\p{L}\\p{N}])");
    private static final Pattern PERSON_PART = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{Lu}\\p{Ll}+)?");
    private static final Pattern CONNECTOR = Pattern.compile(" (?:of|for|of the|de|du|des|de la|für|der|des) ");
    private static final Set<String> ROLE_ACRONYMS = Set.of("ceo", "cto", "cpo", "cfo", "coo", "vp", "pdg");
    private static final Set<String> GENERIC_ACRONYMS = Set.of("ai", "ia", "ki", "ceo", "cto", "cpo", "cfo", "vp",
            "llm", "llms", "agi", "cnn", "cnns", "phd", "ocr", "r&d", "pdg", "ok", "tv", "it", "ip", "gpu", "gpus");
    private static final Set<String> ORGANISATION_WORDS = Set.of("ai", "inc", "corp", "corporation", "labs", "lab",
            "laboratories", "laboratory", "group", "research", "university", "université", "universität", "institute",
            "institut", "bank", "banque", "gmbh", "ag", "sa", "se", "ltd", "llc", "plc", "foundation", "fondation",
            "stiftung", "ministry", "ministère", "ministerium", "agency", "agence", "airlines", "airport", "aéroport",
            "flughafen", "motors", "technologies", "systems", "capital", "partners", "ventures", "holdings", "media",
            "news", "times", "post", "journal", "association", "council", "commission", "parliament", "center",
            "centre", "department", "office", "company", "club", "party", "parti", "partei", "school", "college",
            "hospital", "hôpital", "klinikum", "airways", "energy", "pharma", "studios", "games", "conseil", "robotics", "software", "semiconductor",
            "automotive", "aerospace", "logistics", "holding", "groupe", "konzern", "werke", "bahn", "telecom",
            "industries", "industrie", "enterprises", "networks", "solutions", "services", "pharmaceuticals",
            "therapeutics", "biosciences", "insurance", "financial", "bancorp", "brands", "foods", "entertainment",
            "communications", "electric", "steel", "mining", "resources", "petroleum", "utilities", "railways",
            "railway", "shipping", "publishing", "press", "records", "government", "gouvernement", "regierung",
            "police", "polizei", "army", "armée", "court", "cour", "gericht", "senate", "sénat", "congress",
            "assembly", "assemblée", "union", "federation", "fédération", "league", "ligue", "museum", "musée",
            "authority", "autorité", "behörde", "inc.", "co", "mairie");

    private final List<Name> names;
    private final Name principalPerson;
    private final Name principalOrganisation;

    private ProperNames(List<Name> names) {
        this.names = names;
        this.principalPerson = principal(names, Name.Type.PERSON);
        this.principalOrganisation = principal(names, Name.Type.ORGANISATION);
    }

    static ProperNames index(String text, List<Sentence> sentences, LanguageProfile profile) {
        Set<String> functionWords = new HashSet<>(profile.functionWords());
        functionWords.addAll(profile.monthNames().keySet());
        functionWords.addAll(profile.currencyWords().keySet());
        profile.scaleWords().keySet().forEach(w -> functionWords.add(w.replace(".", "")));
        Set<String> leadingRoles = new HashSet<>(ROLE_ACRONYMS);
        profile.roles().values().forEach(forms -> forms.stream().filter(f -> !f.contains(" "))
                .forEach(f -> leadingRoles.add(f.toLowerCase(Locale.ROOT))));
        Set<String> articles = new HashSet<>(profile.articles());
        Set<String> honorifics = new HashSet<>();
        profile.honorifics().forEach(h -> honorifics.add(h.toLowerCase(Locale.ROOT)));
        Set<String> vocabulary = new HashSet<>(profile.speechCues());
        profile.attributeCues().values().forEach(vocabulary::addAll);
        new ArrayList<>(vocabulary).forEach(w -> vocabulary.add(w.split(" ")[0].toLowerCase(Locale.ROOT)));
        List<Token> tokens = new ArrayList<>();
        Set<String> capitalisedInside = new HashSet<>();
        for (Sentence s : sentences) {
            boolean headline = headline(text, s);
            Matcher m = TOKEN.matcher(text).region(s.start(), s.end());
            while (m.find()) {
                boolean possessive = m.group("possessive") != null;
                int end = possessive ? m.start("possessive") : m.end();
                String word = text.substring(m.start(), end);
                boolean opening = opensPhrase(text, s.start(), m.start());
                tokens.add(new Token(m.start(), end, m.end(), word, possessive, opening, headline));
                if (!opening && !headline) {
                    capitalisedInside.add(word);
                }
            }
        }
        Set<String> lowercaseWords = lowercaseWords(text);
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean cueWord = vocabulary.contains(t.word.toLowerCase(Locale.ROOT));
            String lower = t.word.toLowerCase(Locale.ROOT);
            boolean subjectOfCue = t.opening && !t.headline && !cueWord && !functionWords.contains(lower)
                    && !lowercaseWords.contains(lower) && t.word.chars().allMatch(Character::isLetter)
                    && vocabulary.contains(nextWord(text, t.fullEnd));
            if (!subjectOfCue && (!accepted(t, next, text, functionWords, capitalisedInside, lowercaseWords)
                    || (t.opening || t.headline) && cueWord)) {
                closeRun(run, runs, leadingRoles, honorifics);
                run = new ArrayList<>();
                continue;
            }
            if (!run.isEmpty() && !singleSpaceBetween(text, run.get(run.size() - 1), t)) {
                closeRun(run, runs, leadingRoles, honorifics);
                run = new ArrayList<>();
            }
            run.add(t);
            if (t.possessive) {
                closeRun(run, runs, leadingRoles, honorifics);
                run = new ArrayList<>();
            }
        }
        closeRun(run, runs, leadingRoles, honorifics);
        if (profile.capitalisesNouns()) {
            runs.removeIf(r -> r.size() == 1 && commonNoun(text, r.get(0), articles));
        }
        return new ProperNames(typed(text, joinedOrganisations(text, runs, lowercaseWords), lowercaseWords));
    }

    /**
     * Capitalised words count as names inside a sentence. Opening a sentence or in a title-case
     * headline they count only when the article capitalises them elsewhere too, or they are written
     * in mixed case ("LeCun"); a sentence may also open on a first name followed by a known name
     * ("Yann LeCun, a pioneer...").
     */
    private static boolean accepted(Token t, Token next, String text, Set<String> functionWords,
                                    Set<String> capitalisedInside, Set<String> lowercaseWords) {
        String lower = t.word.toLowerCase(Locale.ROOT);
        if (functionWords.contains(lower) || functionWords.contains(Words.fold(lower))) {
            return false;
        }
        if (!t.opening && !t.headline) {
            return true;
        }
        if (capitalisedInside.contains(t.word) || mixedCase(t.word)) {
            return true;
        }
        return !t.headline && next != null && singleSpaceBetween(text, t, next) && !lowercaseWords.contains(lower)
                && (capitalisedInside.contains(next.word) || mixedCase(next.word));
    }

    /** The lowercase word following position {@code from}: "Airbus laid off" gives "laid". */
    private static String nextWord(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** Title case: three or more words of four letters or more, all capitalised. */
    private static boolean headline(String text, Sentence s) {
        int words = 0;
        int capitalised = 0;
        int i = s.start();
        while (i < s.end()) {
            int j = i;
            while (j < s.end() && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j - i >= 4) {
                words++;
                if (Character.isUpperCase(text.charAt(i))) {
                    capitalised++;
                }
            }
            i = j + 1;
        }
        return words >= 3 && capitalised == words;
    }

    private static Set<String> lowercaseWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                words.add(w);
            }
        }
        return words;
    }

    /** "Center for Data Science", "University of Toronto": an organisation word carries the name over "of". */
    private static List<List<Token>> joinedOrganisations(String text, List<List<Token>> runs, Set<String> lowercase) {
        List<List<Token>> joined = new ArrayList<>();
        for (List<Token> run : runs) {
            if (!joined.isEmpty()) {
                List<Token> previous = joined.get(joined.size() - 1);
                Token last = previous.get(previous.size() - 1);
                String between = text.substring(last.fullEnd, run.get(0).start);
                if (!last.possessive && CONNECTOR.matcher(between).matches() && typeOf(previous, lowercase) == Name.Type.ORGANISATION
                        && previous.stream().anyMatch(t -> ORGANISATION_WORDS.contains(t.word.toLowerCase(Locale.ROOT)))) {
                    previous.addAll(run);
                    continue;
                }
            }
            joined.add(new ArrayList<>(run));
        }
        return joined;
    }

    /** In German, "der Konzern" and "1.200 Stellen" are nouns, "Siemens AG" and "KI" stay names. */
    private static boolean commonNoun(String text, Token t, Set<String> articles) {
        if (mixedCase(t.word) || t.word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return false;
        }
        int end = t.start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String previous = text.substring(start, end);
        return articles.contains(previous.toLowerCase(Locale.ROOT)) || previous.matches("[\\d.,]+");
    }

    private static void closeRun(List<Token> run, List<List<Token>> runs, Set<String> leadingRoles,
                                 Set<String> honorifics) {
        while (!run.isEmpty() && leadingRoles.contains(run.get(0).word.toLowerCase(Locale.ROOT))) {
            run.remove(0);
        }
        if (!run.isEmpty() && honorifics.contains(run.get(run.size() - 1).word.toLowerCase(Locale.ROOT))) {
            // "Medical Director Dr. Ann Lee": what ends on an honorific is the title before a name, not a name
            run.clear();
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
    }

    private static List<Name> typed(String text, List<List<Token>> runs, Set<String> lowercase) {
        Map<String, Integer> fullMentions = new HashMap<>();
        Set<String> loneWords = new HashSet<>();
        for (List<Token> run : runs) {
            if (run.size() == 1) {
                loneWords.add(run.get(0).word);
            } else {
                fullMentions.merge(written(text, run), 1, Integer::sum);
            }
        }
        List<Name.Type> types = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        for (List<Token> run : runs) {
            Name.Type type = typeOf(run, lowercase);
            // people are named in full once or twice, then by surname; "Acme Robotics" keeps its full name
            if (type == Name.Type.PERSON && fullMentions.getOrDefault(written(text, run), 0) >= 3
                    && !loneWords.contains(run.get(run.size() - 1).word)) {
                type = Name.Type.ORGANISATION;
            }
            types.add(type);
            if (type == Name.Type.PERSON) {
                surnames.add(run.get(run.size() - 1).word);
            } else if (type == Name.Type.ORGANISATION) {
                organisations.add(written(text, run));
            }
        }
        List<Name> result = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            List<Token> run = runs.get(r);
            Token first = run.get(0);
            Token last = run.get(run.size() - 1);
            String written = written(text, run);
            Name.Type type = types.get(r);
            if (type == Name.Type.UNKNOWN && run.size() == 1) {
                if (surnames.contains(written)) {
                    type = Name.Type.PERSON;
                } else if (organisations.contains(written)) {
                    type = Name.Type.ORGANISATION;
                }
            }
            if (run.size() == 1 && GENERIC_ACRONYMS.contains(written.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String key = Words.slug(type == Name.Type.PERSON ? last.word : written);
            result.add(new Name(first.start, last.end, written, key, type, last.possessive));
        }
        return result;
    }

    /** A person's surname is not a word the article also writes in lowercase ("Large Language Models"). */
    private static Name.Type typeOf(List<Token> run, Set<String> lowercase) {
        for (Token t : run) {
            if (ORGANISATION_WORDS.contains(t.word.toLowerCase(Locale.ROOT))) {
                return Name.Type.ORGANISATION;
            }
        }
        if (run.size() == 1) {
            String w = run.get(0).word;
            boolean capitals = w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            return capitals ? Name.Type.ORGANISATION : Name.Type.UNKNOWN;
        }
        String surname = run.get(run.size() - 1).word;
        if (run.size() <= 4 && run.stream().allMatch(t -> PERSON_PART.matcher(t.word).matches())
                && !lowercase.contains(surname.toLowerCase(Locale.ROOT))) {
            return Name.Type.PERSON;
        }
        return Name.Type.ORGANISATION;
    }

    private static String written(String text, List<Token> run) {
        return text.substring(run.get(0).start, run.get(run.size() - 1).end);
    }

    private static boolean opensPhrase(String text, int sentenceStart, int at) {
        int i = at - 1;
        while (i >= sentenceStart && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        return i < sentenceStart || ":“\"«„‘•—–".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean mixedCase(String word) {
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean singleSpaceBetween(String text, Token a, Token b) {
        return b.start == a.fullEnd + 1 && (text.charAt(a.fullEnd) == ' ' || text.charAt(a.fullEnd) == '\u00A0');
    }

    private static Name principal(List<Name> names, Name.Type type) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Name> longest = new HashMap<>();
        for (Name n : names) {
            if (n.type() == type || type == Name.Type.ORGANISATION && n.type() == Name.Type.UNKNOWN) {
                counts.merge(n.key(), 1, Integer::sum);
                longest.merge(n.key(), n, (a, b) -> b.written().length() > a.written().length() ? b : a);
            }
        }
        String best = null;
        for (Name n : names) {
            if (counts.containsKey(n.key()) && (best == null || counts.get(n.key()) > counts.get(best))) {
                best = n.key();
            }
        }
        return best == null ? null : longest.get(best);
    }

    /** Names lying in [from, to), in text order. */
    List<Name> within(int from, int to) {
        int low = 0;
        int high = names.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (names.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<Name> found = new ArrayList<>();
        for (int i = low; i < names.size() && names.get(i).start() < to; i++) {
            if (names.get(i).end() <= to) {
                found.add(names.get(i));
            }
        }
        return found;
    }

    /** The most mentioned person, written in its longest form; null when the article names nobody. */
    Name principalPerson() {
        return principalPerson;
    }

    /** The most mentioned organisation, counting single names of unknown type ("Meta"). */
    Name principalOrganisation() {
        return principalOrganisation;
    }

    private record Token(int start, int end, int fullEnd, String word, boolean possessive, boolean opening,
                         boolean headline) {
    }
}
