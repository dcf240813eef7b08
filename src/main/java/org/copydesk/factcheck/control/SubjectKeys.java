package org.copydesk.factcheck.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.SubjectKey;
import org.copydesk.text.control.Sentence;

/**
 * Decides what a value is about: {@code entity|attribute|facet}.
 *
 * <p>The attribute comes from the nearest cue word (within {@value #CUE_REACH} characters) that can
 * be measured by the value's kind: an award phrase or "founded" for a year, "acquired" for an amount,
 * "laid off" for a count. The entity depends on the attribute's holder:
 * <ul>
 *   <li>person (award, joined, born, age, role): the nearest person before the cue in the same
 *       clause; else, when a personal pronoun precedes it, the article's principal person; else the
 *       nearest person before, then after, in the sentence; else the principal person. Co-actors
 *       ("alongside X", "avec X", "mit X") are never the subject.</li>
 *   <li>organisation (acquisition, layoffs, revenue): the nearest organisation before the cue in the
 *       same clause (a possessive only when it governs the cue, "Meta’s acquisition"); else the
 *       article's principal organisation. In the passive ("was acquired by X") the agent is the
 *       subject and the name before is the target.</li>
 *   <li>thing (founded, created): the first name after the cue ("created LeNet-5"); in the passive,
 *       the name before ("LeNet-5 was created").</li>
 * </ul>
 * Targets ("acquisition:scale-ai", "joined:meta") are the first organisation after the cue. Layoff
 * counts carry the unit named near them ("layoffs:ai-unit"). Without a cue the attribute is empty
 * and the entity is the nearest name in the clause.
 */
final class SubjectKeys {

    static final String UNKNOWN = "unknown";
    private static final int CUE_REACH = 80;
    private static final Pattern BOUNDARY = Pattern.compile(",(?=\\s)|[;:()\\[\\]—–“”„«»\"]|\\s-\\s");

    private final Map<Attribute, Pattern> cues = new EnumMap<>(Attribute.class);
    private final Pattern pronouns;
    private final Pattern conjunctions;
    private final Pattern coActorBefore;
    private final Pattern conjunctionBefore;
    private final Pattern passiveBefore;
    private final Pattern agent;
    private final Pattern qualifier;
    private final Pattern openingArticle;
    private final Pattern titleOf;
    /** A few lowercase words at most ("di porto") and the comma that sets a person's name off. */
    private static final Pattern APPOSED = Pattern.compile("(?:" + Words.SPACE + "+\\p{Ll}[\\p{L}'’]*){0,3},"
            + Words.SPACE + "*");
    private final Map<String, String> qualifiers = new HashMap<>();

    SubjectKeys(LanguageProfile profile) {
        profile.attributeCues().forEach((attribute, words) -> cues.put(attribute, Words.anyOf(words)));
        this.pronouns = Words.anyOf(profile.personPronouns());
        this.conjunctions = Words.anyOf(profile.conjunctions());
        this.coActorBefore = Pattern.compile(Words.BEFORE + Words.alternation(profile.coActorWords()) + "['’]?"
                + Words.SPACE + "*$", Words.FLAGS);
        this.conjunctionBefore = Pattern.compile("(?:,|" + Words.BEFORE + Words.alternation(profile.conjunctions()) + ")"
                + Words.SPACE + "*$", Words.FLAGS);
        this.passiveBefore = Pattern.compile(Words.BEFORE + Words.alternation(profile.passiveMarkers()) + "(?:"
                + Words.SPACE + "+\\p{L}+ly)?" + Words.SPACE + "+$", Words.FLAGS);
        this.agent = Words.anyOf(profile.agentWords());
        this.qualifier = Words.anyOf(profile.unitQualifiers().keySet());
        this.titleOf = profile.partitives().isEmpty() ? null : Pattern.compile(Words.SPACE + "*(?:"
                + Words.alternation(profile.partitives()) + ")" + Words.SPACE + "*", Words.FLAGS);
        this.openingArticle = Pattern.compile("^\\W*(?:" + Words.alternation(profile.articles()) + ")?" + Words.SPACE
                + "*$", Words.FLAGS);
        profile.unitQualifiers().forEach((w, q) -> qualifiers.put(Words.fold(w), q));
    }

    /** Splits the sentence's names into possible subjects and co-actors. */
    Scene scene(String text, Sentence sentence, List<Finding> findings, ProperNames article) {
        List<Name> names = new ArrayList<>();
        List<Name> coActors = new ArrayList<>();
        int previousEnd = sentence.start();
        boolean previousWasCoActor = false;
        for (Name found : article.within(sentence.start(), sentence.end())) {
            boolean insidePhrase = findings.stream().anyMatch(f -> (f.kind() == ClaimKind.ROLE
                    || f.kind() == ClaimKind.AWARD) && f.overlaps(found.start(), found.end()));
            Name n = insidePhrase ? afterTitle(found, findings) : found;
            if (n == null) {
                continue;
            }
            String before = text.substring(Math.max(previousEnd, n.start() - 30), n.start());
            boolean coActor = coActorBefore.matcher(before).find()
                    || (previousWasCoActor && conjunctionBefore.matcher(text.substring(previousEnd, n.start())).find());
            (coActor ? coActors : names).add(n);
            previousWasCoActor = coActor;
            previousEnd = n.end();
        }
        List<Cue> cueWords = new ArrayList<>();
        for (Map.Entry<Attribute, Pattern> e : cues.entrySet()) {
            Matcher m = e.getValue().matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                cueWords.add(new Cue(e.getKey(), null, m.start(), m.end()));
            }
        }
        List<int[]> boundaries = new ArrayList<>();
        for (Pattern p : List.of(BOUNDARY, conjunctions)) {
            Matcher m = p.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                boundaries.add(new int[] {m.start(), m.end()});
            }
        }
        return new Scene(text, sentence, names, coActors, findings, article, cueWords, boundaries);
    }

    /**
     * The part of a name after the title it was read with ("Professor Ann Lee" after "Professor"): two capitalised
     * words or more after a title name a person. Null when nothing of the name is left.
     */
    private static Name afterTitle(Name n, List<Finding> findings) {
        int from = n.start();
        for (Finding f : findings) {
            if ((f.kind() == ClaimKind.ROLE) && f.overlaps(n.start(), n.end())) {
                from = Math.max(from, f.end());
            }
        }
        if (from >= n.end() || from == n.start()) {
            return null;
        }
        String rest = n.written().substring(Math.min(n.written().length(), Math.max(0, from - n.start()))).strip();
        String[] words = rest.split("\\s+");
        if (words.length < 2 || rest.isEmpty()) {
            return null;
        }
        return new Name(n.end() - rest.length(), n.end(), rest, Words.slug(words[words.length - 1]),
                Name.Type.PERSON, n.possessive());
    }

    SubjectKey keyFor(Finding f, Scene scene) {
        String facet = f.kind().name().toLowerCase(java.util.Locale.ROOT);
        switch (f.kind()) {
            case ROLE:
                return new SubjectKey(roleHolder(f, scene), f.attribute(), "");
            case AWARD:
                return new SubjectKey(person(f.start(), f.end(), scene), f.attribute(), "");
            case AGE:
                return new SubjectKey(ageHolder(f, scene), "", "age");
            case RANKING:
                return new SubjectKey(anyone(f.start(), f.end(), scene), f.attribute(), "rank");
            default:
                return keyByCue(f, scene, facet);
        }
    }

    private SubjectKey keyByCue(Finding f, Scene scene, String facet) {
        Cue cue = nearestCue(f, scene);
        if (cue == null) {
            return new SubjectKey(anyone(f.start(), f.end(), scene), "", facet);
        }
        if (cue.award != null) {
            return new SubjectKey(person(cue.award.start(), cue.award.end(), scene), cue.award.attribute(), facet);
        }
        Attribute attribute = cue.attribute;
        boolean passive = passiveBefore.matcher(scene.text().substring(scene.sentence().start(), cue.start)).find();
        switch (attribute.holder()) {
            case THING:
                return new SubjectKey(thing(cue, passive, scene), attribute.id(), facet);
            case PERSON: {
                String target = attribute.withTarget() ? target(cue, null, scene) : null;
                return new SubjectKey(person(cue.start, cue.end, scene), withTarget(attribute.id(), target), facet);
            }
            default: {
                String owner;
                String target;
                if (passive && attribute.withTarget()) {
                    owner = agentAfter(cue, scene);
                    Name before = nearestBefore(scene.sentence().start(), cue.start, scene, Name::canBeOrganisation);
                    target = before == null ? null : before.key();
                } else {
                    owner = organisation(cue, scene);
                    target = attribute.withTarget() ? target(cue, owner, scene) : null;
                }
                String id = attribute.id();
                if (attribute == Attribute.LAYOFFS) {
                    target = unit(f, cue, scene);
                } else if (attribute == Attribute.ACQUISITION && target == null) {
                    id = "spending";
                }
                return new SubjectKey(owner, withTarget(id, target), facet);
            }
        }
    }

    private static String withTarget(String id, String target) {
        return target == null ? id : id + ":" + target;
    }

    private Cue nearestCue(Finding f, Scene scene) {
        Cue best = null;
        int bestDistance = CUE_REACH + 1;
        for (Cue cue : scene.cues()) {
            int d = f.distanceTo(cue.start, cue.end);
            if (cue.attribute.measuredBy(f.kind()) && d < bestDistance && !f.overlaps(cue.start, cue.end)) {
                best = cue;
                bestDistance = d;
            }
        }
        if (f.kind() == ClaimKind.YEAR || f.kind() == ClaimKind.DATE) {
            for (Finding award : scene.findings()) {
                // an award phrase wins ties: "the 2018 Turing Award" is about the award
                if (award.kind() == ClaimKind.AWARD && f.distanceTo(award.start(), award.end()) <= bestDistance) {
                    best = new Cue(Attribute.AWARD, award, award.start(), award.end());
                    bestDistance = f.distanceTo(award.start(), award.end());
                }
            }
        }
        return best;
    }

    /** The person the phrase at [from, to) is about. */
    private String person(int from, int to, Scene scene) {
        int[] clause = clause(from, to, scene);
        Name n = nearestBefore(clause[0], from, scene, Name::isPerson);
        if (n != null) {
            return n.key();
        }
        boolean pronoun = pronouns.matcher(scene.text()).region(scene.sentence().start(), from).find();
        Name principal = scene.article().principalPerson();
        if (pronoun && principal != null) {
            return principal.key();
        }
        n = nearestBefore(scene.sentence().start(), from, scene, Name::isPerson);
        if (n == null) {
            n = firstAfter(to, scene.sentence().end(), scene, Name::isPerson);
        }
        if (n == null) {
            n = principal;
        }
        return n == null ? UNKNOWN : n.key();
    }

    /**
     * "The 24-year-old scored ...": an age opening the sentence stands for the person the article is about, as a
     * pronoun would.
     */
    private String ageHolder(Finding age, Scene scene) {
        Name principal = scene.article().principalPerson();
        if (principal != null && openingArticle.matcher(
                scene.text().substring(scene.sentence().start(), age.start())).matches()) {
            return principal.key();
        }
        return person(age.start(), age.end(), scene);
    }

    /** A role's holder is usually next to it: "CEO Mark Zuckerberg", "Alexandr Wang, Scale AI’s CEO". */
    private String roleHolder(Finding role, Scene scene) {
        Name nearest = null;
        int best = Integer.MAX_VALUE;
        for (Name n : scene.names()) {
            int d = role.distanceTo(n.start(), n.end());
            // "Ann Lee's campaign manager" is someone else: a possessive before a title names whose it is
            boolean owner = n.possessive() && n.end() <= role.start();
            if (n.isPerson() && !owner && d < best) {
                nearest = n;
                best = d;
            }
        }
        if (nearest != null && nearest.start() >= role.end() && titleOf != null
                && titleOf.matcher(scene.text().substring(role.end(), nearest.start())).matches()) {
            // "the operations manager of Acme Mining, Ann Lee": the name after the title is whose title it is not
            for (Name n : scene.names()) {
                if (n.start() >= nearest.end() && n.isPerson()
                        && APPOSED.matcher(scene.text().substring(nearest.end(), n.start())).matches()) {
                    nearest = n;
                    break;
                }
            }
        }
        return nearest != null ? nearest.key() : person(role.start(), role.end(), scene);
    }

    private String organisation(Cue cue, Scene scene) {
        int[] clause = clause(cue.start, cue.end, scene);
        for (int i = scene.names().size() - 1; i >= 0; i--) {
            Name n = scene.names().get(i);
            if (n.end() <= cue.start && n.start() >= clause[0] && n.canBeOrganisation()
                    && (!n.possessive() || Words.count(scene.text().substring(n.end(), cue.start)) <= 3)) {
                return n.key();
            }
        }
        Name principal = scene.article().principalOrganisation();
        if (principal != null) {
            return principal.key();
        }
        return anyone(cue.start, cue.end, scene);
    }

    private String thing(Cue cue, boolean passive, Scene scene) {
        int sentenceStart = scene.sentence().start();
        int from = cue.end;
        if (!passive && nearestBefore(sentenceStart, cue.start, scene, x -> true) == null
                && Words.count(scene.text().substring(sentenceStart, cue.start)) <= 2) {
            // "Founded in 1998 in Leeds, Acme Robotics ...": the opening participle describes the main subject
            from = clause(cue.start, cue.end, scene)[1];
        }
        Name n = passive ? nearestBefore(sentenceStart, cue.start, scene, x -> true)
                : firstAfter(from, scene.sentence().end(), scene, x -> true);
        if (n == null) {
            n = nearestBefore(sentenceStart, cue.start, scene, x -> true);
        }
        return n == null ? anyone(cue.start, cue.end, scene) : n.key();
    }

    private String target(Cue cue, String owner, Scene scene) {
        int[] clause = clause(cue.start, cue.end, scene);
        Predicate<Name> organisation = n -> n.canBeOrganisation() && !n.key().equals(owner);
        Name n = firstAfter(cue.end, clause[1], scene, organisation);
        if (n == null) {
            n = firstAfter(cue.end, Math.min(scene.sentence().end(), cue.end + CUE_REACH), scene, organisation);
        }
        return n == null ? null : n.key();
    }

    private String agentAfter(Cue cue, Scene scene) {
        Matcher m = agent.matcher(scene.text()).region(cue.end, scene.sentence().end());
        if (m.find()) {
            Name n = firstAfter(m.end(), scene.sentence().end(), scene, Name::canBeOrganisation);
            if (n != null) {
                return n.key();
            }
        }
        return organisation(cue, scene);
    }

    private String unit(Finding f, Cue cue, Scene scene) {
        int from = Math.max(scene.sentence().start(), Math.min(f.start(), cue.start) - 20);
        int to = Math.min(scene.sentence().end(), Math.max(f.end(), cue.end) + 40);
        Matcher m = qualifier.matcher(scene.text()).region(from, to);
        return m.find() ? qualifiers.get(Words.fold(Words.singleSpaced(m.group()))) + "-unit" : null;
    }

    /** Any name the value may be about: nearest in the clause, else the principal organisation or person. */
    private String anyone(int from, int to, Scene scene) {
        int[] clause = clause(from, to, scene);
        Name n = nearestBefore(clause[0], from, scene, x -> true);
        if (n == null) {
            n = firstAfter(to, clause[1], scene, x -> true);
        }
        if (n == null) {
            n = scene.article().principalOrganisation();
        }
        if (n == null) {
            n = scene.article().principalPerson();
        }
        return n == null ? UNKNOWN : n.key();
    }

    private static Name nearestBefore(int from, int to, Scene scene, Predicate<Name> wanted) {
        for (int i = scene.names().size() - 1; i >= 0; i--) {
            Name n = scene.names().get(i);
            if (n.end() <= to && n.start() >= from && wanted.test(n)) {
                return n;
            }
        }
        return null;
    }

    private static Name firstAfter(int from, int to, Scene scene, Predicate<Name> wanted) {
        for (Name n : scene.names()) {
            if (n.start() >= from && n.end() <= to && wanted.test(n)) {
                return n;
            }
        }
        return null;
    }

    /** The clause around [from, to): bounded by punctuation and conjunctions, within the sentence. */
    private int[] clause(int from, int to, Scene scene) {
        int start = scene.sentence().start();
        int end = scene.sentence().end();
        for (int[] b : scene.boundaries()) {
            if (b[1] <= from) {
                start = Math.max(start, b[1]);
            } else if (b[0] >= to) {
                end = Math.min(end, b[0]);
            }
        }
        return new int[] {start, end};
    }

    /** A cue word for an attribute, or an award phrase standing as the cue for a year. */
    record Cue(Attribute attribute, Finding award, int start, int end) {
    }
}
