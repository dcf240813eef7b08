package org.copydesk.factcheck.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.factcheck.entity.CalendarDate;
import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Quantity;
import org.copydesk.factcheck.entity.Quotation;
import org.copydesk.factcheck.entity.Verdict;

/**
 * Pairs the claims of two articles of one story that state the same fact, on what stays the same across outlets and
 * languages: the kind of value and its unit, the names and figures around it, the words of its sentence, and the
 * subject key as one signal among these. Each claim meets at most one claim of the other article, best pairs first,
 * so a figure agreeing with its counterpart is never also reported against another figure of the same kind.
 */
final class ClaimMatcher {

    /** The least evidence for two claims to state the same fact. */
    static final double SAME_FACT = 2.0;
    /** More evidence is needed to report a contradiction than an agreement: a false alarm costs an editor's time. */
    static final double CONTRADICTION = 1.8;
    /** Evidence that two quotes are the same words when a figure said in one is said in the other. */
    static final double QUOTED_FIGURE = 2.0;

    /** How near its figure a word of change ("rose to", "so far") or of area ("nationwide") must stand. */
    private static final int UPDATE_REACH = 60;
    private static final int SCOPE_REACH = 40;
    /** How close an age must stand to a title to be told of its holder: "capitano di 61 anni". */
    private static final int NEXT_TO = 4;

    /** The unit of a count that says no more than that people were counted. */
    private static final String PEOPLE = "people";
    private static final LanguageProfiles PROFILES = LanguageProfiles.builtIn();
    private static final Map<String, Cues> CUES = new ConcurrentHashMap<>();
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");

    /** Two claims found to state the same fact, and whether they agree. */
    record Pair(int mine, int theirs, Verdict verdict, double evidence) {
    }

    private ClaimMatcher() {
    }

    /** The pairs between two articles' claims, by index in each list. */
    static List<Pair> pairs(List<Claim> mine, List<Claim> theirs) {
        List<Signals> a = mine.stream().map(Signals::of).toList();
        List<Signals> b = theirs.stream().map(Signals::of).toList();
        Verdict[][] verdicts = new Verdict[mine.size()][theirs.size()];
        // rivals are counted as distinct values: a headline restating the body's figure is that figure again
        List<Set<String>> rivalsOfMine = sets(mine.size());
        List<Set<String>> rivalsOfTheirs = sets(theirs.size());
        // the only two comparable claims measuring one attribute ("launched", "lancée"): its cue words are each
        // language's own, so this holds across languages
        List<Set<String>> alikeOfMine = sets(mine.size());
        List<Set<String>> alikeOfTheirs = sets(theirs.size());
        for (int i = 0; i < mine.size(); i++) {
            String attribute = measured(mine.get(i));
            for (int j = 0; j < theirs.size(); j++) {
                verdicts[i][j] = Contradictions.byValue(mine.get(i), theirs.get(j));
                if (verdicts[i][j] == Verdict.NOT_COMPARABLE && mine.get(i).kind() == ClaimKind.AGE
                        && theirs.get(j).kind() == ClaimKind.AGE
                        && (ageOfHolder(mine.get(i), mine, theirs.get(j), theirs)
                        || ageOfHolder(theirs.get(j), theirs, mine.get(i), mine))) {
                    verdicts[i][j] = mine.get(i).value().equals(theirs.get(j).value()) ? Verdict.AGREE
                            : Verdict.CONTRADICT;
                }
                if (verdicts[i][j] != Verdict.NOT_COMPARABLE) {
                    rivalsOfMine.get(i).add(valueKey(theirs.get(j)));
                    rivalsOfTheirs.get(j).add(valueKey(mine.get(i)));
                    if (!attribute.isEmpty() && attribute.equals(measured(theirs.get(j)))) {
                        alikeOfMine.get(i).add(valueKey(theirs.get(j)));
                        alikeOfTheirs.get(j).add(valueKey(mine.get(i)));
                    }
                }
            }
        }
        List<Set<String>> quotedByMine = quotedValues(mine);
        List<Set<String>> quotedByTheirs = quotedValues(theirs);
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            for (int j = 0; j < theirs.size(); j++) {
                Verdict verdict = verdicts[i][j];
                if (verdict == Verdict.NOT_COMPARABLE || dayOfStatement(mine.get(i)) || dayOfStatement(theirs.get(j))) {
                    continue;
                }
                // the only figure of its kind and unit on both sides is likely the same fact
                if (verdict == Verdict.CONTRADICT && (updated(mine.get(i)) || updated(theirs.get(j))
                        || covers(mine.get(i).kind()) && differentScopes(mine.get(i), theirs.get(j)))) {
                    // a later figure or one for another area: both can be true
                    verdict = Verdict.NOT_COMPARABLE;
                }
                double evidence = evidence(mine.get(i), a.get(i), theirs.get(j), b.get(j), verdict)
                        + (rivalsOfMine.get(i).size() == 1 ? 0.75 : 0) + (rivalsOfTheirs.get(j).size() == 1 ? 0.75 : 0)
                        + (alikeOfMine.get(i).size() == 1 && alikeOfTheirs.get(j).size() == 1
                        && measured(mine.get(i)).equals(measured(theirs.get(j))) ? 1.5 : 0)
                        + (quotedByMine.get(i).stream().anyMatch(quotedByTheirs.get(j)::contains) ? QUOTED_FIGURE : 0);
                if (evidence >= (verdict == Verdict.AGREE ? SAME_FACT : CONTRADICTION)) {
                    candidates.add(new Pair(i, j, verdict, evidence));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::evidence).reversed()
                .thenComparing(pair -> pair.verdict() == Verdict.AGREE ? 0 : 1));
        Set<Integer> usedMine = new HashSet<>();
        Set<Integer> usedTheirs = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Pair pair : candidates) {
            if (usedMine.add(pair.mine())) {
                if (usedTheirs.add(pair.theirs())) {
                    if (pair.verdict() != Verdict.NOT_COMPARABLE) {
                        pairs.add(pair);
                    }
                } else {
                    usedMine.remove(pair.mine());
                }
            }
        }
        return pairs;
    }

    /**
     * For each quote, the figures said inside it ("in under twenty minutes", "en moins de vingt minutes"): figures
     * survive translation, so two quotes with one in common are likely the same words. Empty for other claims.
     */
    private static List<Set<String>> quotedValues(List<Claim> claims) {
        List<Set<String>> quoted = new ArrayList<>(claims.size());
        for (Claim quote : claims) {
            Set<String> figures = new HashSet<>();
            if (quote.kind() == ClaimKind.QUOTE) {
                for (Claim inside : claims) {
                    if (inside != quote && inside.value() instanceof Quantity q
                            && inside.phraseStart() >= quote.phraseStart() && inside.phraseEnd() <= quote.phraseEnd()) {
                        figures.add(inside.kind() + ":" + q.number().stripTrailingZeros().toPlainString());
                    }
                }
            }
            quoted.add(figures);
        }
        return quoted;
    }

    /**
     * "a captain aged 61" and "the 58-year-old captain Ann Lee": an age told of a title stands next to it, and is
     * the age of the person the other article gives that title.
     */
    private static boolean ageOfHolder(Claim age, List<Claim> itsClaims, Claim other, List<Claim> otherClaims) {
        String person = other.subjectKey().entity();
        for (Claim role : itsClaims) {
            boolean nextToAge = role.kind() == ClaimKind.ROLE && role.start() == age.start()
                    && Math.max(role.phraseStart() - age.phraseEnd(), age.phraseStart() - role.phraseEnd()) <= NEXT_TO;
            if (nextToAge) {
                for (Claim held : otherClaims) {
                    if (held.kind() == ClaimKind.ROLE && held.value().equals(role.value())
                            && held.subjectKey().entity().equals(person) && !SubjectKeys.UNKNOWN.equals(person)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A claim's value as a key: "200 metres" once however it was written or hedged, a month of a year as the year. */
    private static String valueKey(Claim claim) {
        if (claim.value() instanceof CalendarDate date && date.day() == 0) {
            // "June 2031" and "2031" say one year
            return String.valueOf(date.year());
        }
        return claim.value() instanceof Quantity q ? q.number().stripTrailingZeros().toPlainString() + " " + q.unit()
                : String.valueOf(claim.value());
    }

    private static List<Set<String>> sets(int size) {
        List<Set<String>> sets = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sets.add(new HashSet<>());
        }
        return sets;
    }

    /** The attribute a claim's value measures ("created", "until"), without its target; empty when none. */
    private static String measured(Claim claim) {
        String attribute = claim.subjectKey().attribute();
        int target = attribute.indexOf(':');
        return claim.kind() == ClaimKind.ROLE || claim.kind() == ClaimKind.AWARD ? ""
                : target < 0 ? attribute : attribute.substring(0, target);
    }

    /** Kinds whose figure covers an area: a count, an amount, a share, a time taken, a rank among places. */
    private static boolean covers(ClaimKind kind) {
        return kind == ClaimKind.COUNT || kind == ClaimKind.AMOUNT || kind == ClaimKind.PERCENTAGE
                || kind == ClaimKind.DURATION || kind == ClaimKind.RANKING;
    }

    /** A word of change near the figure, with no other figure between them: "now expects 0.9%" is not about 1.1%. */
    private static boolean updated(Claim claim) {
        String sentence = claim.sentence();
        int phraseStart = Math.max(0, Math.min(sentence.length(), claim.phraseStart() - claim.start()));
        int phraseEnd = Math.max(phraseStart, Math.min(sentence.length(), claim.phraseEnd() - claim.start()));
        Matcher cue = cues(claim.language()).updates().matcher(sentence).useTransparentBounds(true)
                .region(Math.max(0, phraseStart - UPDATE_REACH), Math.min(sentence.length(), phraseEnd + UPDATE_REACH));
        while (cue.find()) {
            String between = cue.end() <= phraseStart ? sentence.substring(cue.end(), phraseStart)
                    : cue.start() >= phraseEnd ? sentence.substring(phraseEnd, cue.start()) : "";
            if (!FIGURE.matcher(between).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Figures for different areas: the areas named next to each figure differ, or both sentences name an area and
     * no area is common to both. An area named elsewhere in one sentence only ("the regional ambulance service said")
     * describes a source, not the figure.
     */
    private static boolean differentScopes(Claim x, Claim y) {
        Set<String> nextToX = scopes(x, around(x, SCOPE_REACH));
        Set<String> nextToY = scopes(y, around(y, SCOPE_REACH));
        if (!nextToX.isEmpty() && !nextToY.isEmpty() && !nextToX.equals(nextToY)) {
            return true;
        }
        Set<String> inX = scopes(x, x.sentence());
        Set<String> inY = scopes(y, y.sentence());
        return !inX.isEmpty() && !inY.isEmpty() && inX.stream().noneMatch(inY::contains);
    }

    private static Set<String> scopes(Claim claim, String text) {
        Cues cues = cues(claim.language());
        Set<String> scopes = new HashSet<>();
        Matcher m = cues.scopes().matcher(text);
        while (m.find()) {
            scopes.add(cues.scopeOf().get(Words.fold(Words.singleSpaced(m.group()))));
        }
        return scopes;
    }

    /** The claim's sentence from {@code reach} characters before its phrase to as many after it. */
    private static String around(Claim claim, int reach) {
        String sentence = claim.sentence();
        int phraseStart = Math.max(0, Math.min(sentence.length(), claim.phraseStart() - claim.start()));
        int phraseEnd = Math.max(phraseStart, Math.min(sentence.length(), claim.phraseEnd() - claim.start()));
        return sentence.substring(Math.max(0, phraseStart - reach), Math.min(sentence.length(), phraseEnd + reach));
    }

    private static Cues cues(String language) {
        return CUES.computeIfAbsent(language == null ? "" : language, code -> {
            LanguageProfile profile = PROFILES.find(code).orElse(null);
            if (profile == null) {
                return new Cues(Pattern.compile("(?!)"), Pattern.compile("(?!)"), Map.of(), Pattern.compile("(?!)"));
            }
            Map<String, String> scopeOf = new HashMap<>();
            profile.scopeCues().forEach((cue, scope) -> scopeOf.put(Words.fold(cue), scope));
            return new Cues(profile.updateCues().isEmpty() ? Pattern.compile("(?!)") : Words.anyOf(profile.updateCues()),
                    profile.scopeCues().isEmpty() ? Pattern.compile("(?!)") : Words.anyOf(profile.scopeCues().keySet()),
                    scopeOf, Pattern.compile(Words.BEFORE + Words.alternation(profile.speechCues()) + "(?:" + Words.SPACE
                            + "+[\\p{L}'’]+){0,2}" + Words.SPACE + "*$", Words.FLAGS));
        });
    }

    /** A language's words for a changed figure, for the area a figure covers, and for a day a statement was made. */
    private record Cues(Pattern updates, Pattern scopes, Map<String, String> scopeOf, Pattern statementDay) {
    }

    /** "officials said on Tuesday": a weekday right after a word of speech dates the statement, not the event. */
    private static boolean dayOfStatement(Claim claim) {
        if (claim.kind() != ClaimKind.WEEKDAY) {
            return false;
        }
        int phraseStart = Math.max(0, Math.min(claim.sentence().length(), claim.phraseStart() - claim.start()));
        return cues(claim.language()).statementDay().matcher(claim.sentence().substring(0, phraseStart)).find();
    }

    private static double evidence(Claim x, Signals sx, Claim y, Signals sy, Verdict verdict) {
        if (x.kind() == ClaimKind.QUOTE) {
            // the same words in one language; translations are left to the fact-checker
            return 4 * overlap(sx.words(), sy.words());
        }
        double evidence = 3 * overlap(sx.words(), sy.words()) + Math.min(2, shared(sx.names(), sy.names())) * 0.75
                + Math.min(2, shared(sx.figures(), sy.figures())) * 0.5;
        if (x.value() instanceof Quantity qx && y.value() instanceof Quantity qy && qx.unit() != null
                && qx.unit().equals(qy.unit())) {
            evidence += 1.5;
        } else if (x.kind() == ClaimKind.COUNT && x.value() instanceof Quantity qx && y.value() instanceof Quantity qy
                && (PEOPLE.equals(qx.unit()) || PEOPLE.equals(qy.unit()))) {
            // people against a kind of people ("nine people", "14 injured"): likely, not certainly, one count
            evidence += 1.0;
        }
        if (!x.subjectKey().entity().equals(SubjectKeys.UNKNOWN) && x.subjectKey().equals(y.subjectKey())
                && !x.subjectKey().attribute().isEmpty()) {
            evidence += 2;
        } else if (!x.subjectKey().attribute().isEmpty()
                && x.subjectKey().attribute().equals(y.subjectKey().attribute())) {
            // the attribute cue ("launched", "lancée") is named in each language's lexicon: it crosses languages
            evidence += 1;
        }
        if (x.kind() == ClaimKind.ROLE && !SubjectKeys.UNKNOWN.equals(x.subjectKey().entity())) {
            // one person's title: the holder was already found to be the same person on both sides
            evidence += 1.5;
        }
        if (verdict == Verdict.AGREE) {
            evidence += 1.5;
        } else if (x.value() instanceof Quantity qx && y.value() instanceof Quantity qy && qx.number().signum() > 0
                && qy.number().signum() > 0) {
            // a figure twenty times another is seldom the same fact misreported
            double ratio = qx.number().doubleValue() / qy.number().doubleValue();
            if (ratio > 20 || ratio < 0.05) {
                evidence -= 2;
            } else if (ratio < 1.6 && ratio > 0.625) {
                // a misreported figure is most often a near miss: 83 for 84, 18 for 19
                evidence += ratio < 1.12 && ratio > 0.89 ? 1.0 : 0.5;
            }
        }
        return evidence;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = shared(a, b);
        return (double) common / (a.size() + b.size() - common);
    }

    private static int shared(Set<String> a, Set<String> b) {
        int common = 0;
        for (String s : a) {
            common += b.contains(s) ? 1 : 0;
        }
        return common;
    }

    /** What a claim's sentence says around its value: word stems, names and other figures. */
    private record Signals(Set<String> words, Set<String> names, Set<String> figures) {

        static Signals of(Claim claim) {
            String sentence = claim.sentence();
            int phraseStart = Math.max(0, claim.phraseStart() - claim.start());
            int phraseEnd = Math.min(sentence.length(), Math.max(phraseStart, claim.phraseEnd() - claim.start()));
            String around = claim.kind() == ClaimKind.QUOTE && claim.value() instanceof Quotation quote
                    ? quote.text() : sentence.substring(0, phraseStart) + " " + sentence.substring(phraseEnd);
            Set<String> words = new HashSet<>();
            Set<String> names = new HashSet<>();
            Matcher w = WORD.matcher(around);
            boolean first = true;
            while (w.find()) {
                String word = w.group();
                String folded = Words.fold(word);
                if (folded.length() >= 4) {
                    words.add(folded.length() > 5 ? folded.substring(0, 5) : folded);
                }
                if (!first && Character.isUpperCase(word.charAt(0)) && word.length() >= 3
                        && !word.toUpperCase(Locale.ROOT).equals(word)) {
                    names.add(folded);
                }
                first = false;
            }
            Set<String> figures = new HashSet<>();
            Matcher f = FIGURE.matcher(around);
            while (f.find()) {
                figures.add(f.group().replaceAll("[.,]", ""));
            }
            return new Signals(words, names, figures);
        }
    }
}
