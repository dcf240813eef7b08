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

import org.copydesk.factcheck.entity.ClaimKind;
import org.copydesk.factcheck.entity.Label;
import org.copydesk.text.control.Sentence;

/**
 * Reads titles and roles ("Chief AI Scientist", "directeur scientifique", "Vorstandschef"), with "former" kept as part
 * of the role. Where the language writes its titles the way the canonical roles are written (English), a title is
 * also read as written: the words in front of a known role or of a head noun ("plant director", "branch secretary"),
 * a head noun only where a person is named next to it.
 */
final class RoleReader implements ValueReader {

    /** How the attribute of a role to come begins ("will become chief executive"). */
    static final String FUTURE = "role:future:";
    private static final int MODIFIERS = 3;
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:" + Words.SPACE + "+\\p{Lu}[\\p{L}'’-]+)+";
    private static final Pattern MODIFIER = Pattern.compile("[\\p{L}][\\p{L}'’-]*");

    private final Map<String, String> canonical = new HashMap<>();
    private final List<String[]> stems = new ArrayList<>();
    private final Pattern pattern;
    private final Pattern former;
    private final Pattern future;
    private final Pattern futureOpening;
    private final Pattern title;
    private final Set<String> heads = new HashSet<>();
    private final Set<String> notModifiers = new HashSet<>();
    private final Pattern nameAfter;
    private final Pattern nameBefore;

    RoleReader(LanguageProfile profile) {
        profile.roles().forEach((role, forms) -> forms.forEach(f -> {
            if (f.endsWith("*")) {
                stems.add(new String[] {Words.fold(f.substring(0, f.length() - 1)), role});
            } else {
                canonical.put(Words.fold(f), role);
            }
        }));
        List<String> all = profile.roles().values().stream().flatMap(List::stream).toList();
        this.pattern = Words.anyOf(all);
        this.former = profile.formerWords().isEmpty() ? null : Pattern.compile(Words.BEFORE + "(?:"
                + Words.alternation(profile.formerWords()) + ")" + Words.SPACE + "*$", Words.FLAGS);
        this.future = profile.futureWords().isEmpty() ? null : Pattern.compile(Words.BEFORE + "(?:"
                + Words.alternation(profile.futureWords()) + ")(?:" + Words.SPACE + "+(?:"
                + Words.alternation(profile.articles()) + "))?" + Words.SPACE + "*$", Words.FLAGS);
        this.futureOpening = profile.futureWords().isEmpty() ? null : Pattern.compile("^(?:"
                + Words.alternation(profile.futureWords()) + ")" + Words.AFTER, Words.FLAGS);
        if (profile.roleHeads().isEmpty()) {
            this.title = null;
            this.nameAfter = null;
            this.nameBefore = null;
            return;
        }
        profile.roleHeads().forEach(h -> heads.add(Words.fold(h)));
        List<String> headWords = new ArrayList<>(all);
        headWords.addAll(profile.roleHeads());
        this.title = Pattern.compile("(?<![\\p{L}\\p{N}-])(?<head>" + Words.alternation(headWords) + ")" + Words.AFTER,
                Words.FLAGS);
        String titles = Words.alternation(profile.abbreviations());
        this.nameAfter = Pattern.compile(",?" + Words.SPACE + "+(?:" + titles + "\\.?" + Words.SPACE + "+)?" + NAME,
                Words.FLAGS & ~Pattern.CASE_INSENSITIVE);
        this.nameBefore = Pattern.compile("\\p{Lu}[\\p{L}'’-]+," + Words.SPACE + "+(?:(?:"
                + Words.alternation(profile.articles()) + ")" + Words.SPACE + "+)?(?:\\S+['’]s" + Words.SPACE + "+)?$",
                Words.FLAGS & ~Pattern.CASE_INSENSITIVE);
        for (List<String> words : List.of(profile.functionWords(), profile.articles(), profile.speechCues(),
                profile.conjunctions(), profile.passiveMarkers(), profile.agentWords(), profile.coActorWords(),
                profile.approximators(), profile.updateCues(), profile.formerWords(), profile.notInTitles(),
                List.copyOf(profile.weekdays().keySet()), List.copyOf(profile.monthNames().keySet()))) {
            words.forEach(w -> notModifiers.add(Words.fold(w)));
        }
        profile.attributeCues().values().forEach(words -> words.forEach(w -> notModifiers.add(Words.fold(w))));
    }

    @Override
    public void read(String text, Sentence sentence, List<Finding> out) {
        if (title == null) {
            Matcher m = pattern.matcher(text).region(sentence.start(), sentence.end());
            while (m.find()) {
                String role = known(Words.fold(Words.singleSpaced(m.group())));
                if (role != null) {
                    out.add(withFormer(text, sentence, m.start(), m.end(), role));
                }
            }
            return;
        }
        // one scan for known roles and head nouns alike: the longest form wins where they overlap
        Matcher t = title.matcher(text).region(sentence.start(), sentence.end());
        while (t.find()) {
            int headStart = t.start();
            int end = t.end();
            String head = Words.fold(Words.singleSpaced(t.group("head")));
            String known = known(head);
            int start = modifiersStart(text, sentence, wordsBefore(text, sentence.start(), headStart), headStart);
            if (known == null && !nameAfter.matcher(text).region(end, sentence.end()).lookingAt()
                    && !nameBefore.matcher(text).region(sentence.start(), start).find()
                    && (former == null || !former.matcher(text).region(sentence.start(), start).find())) {
                // a head noun alone is a title only next to the name of its holder, or as a past role
                continue;
            }
            String modifiers = Words.fold(Words.singleSpaced(text.substring(start, headStart))).strip();
            out.add(withFormer(text, sentence, start, end,
                    (modifiers.isEmpty() ? "" : modifiers + " ") + (known == null ? head : known)));
        }
    }

    /** Where the {@value #MODIFIERS} words before {@code at} start, within the sentence. */
    private static int wordsBefore(String text, int sentenceStart, int at) {
        int from = at;
        for (int words = 0; words < MODIFIERS; words++) {
            int i = from;
            while (i > sentenceStart && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            int wordEnd = i;
            while (i > sentenceStart && (Character.isLetter(text.charAt(i - 1)) || "'’-".indexOf(text.charAt(i - 1)) >= 0)) {
                i--;
            }
            if (i == wordEnd || i < wordEnd && !Character.isLetter(text.charAt(i))) {
                break;
            }
            from = i;
        }
        return from;
    }

    /** Where the title starts: the words before its head that describe it, not a verb, a name or a possessive. */
    private int modifiersStart(String text, Sentence sentence, int from, int headStart) {
        int start = headStart;
        List<int[]> words = new ArrayList<>();
        Matcher w = MODIFIER.matcher(text).region(from, headStart);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = text.substring(words.get(i)[0], words.get(i)[1]);
            boolean capital = Character.isUpperCase(word.charAt(0));
            boolean acronym = word.length() >= 2 && word.length() <= 4 && word.toUpperCase(Locale.ROOT).equals(word);
            boolean opensSentence = text.substring(sentence.start(), words.get(i)[0]).replaceAll("[\\W_]", "")
                    .isEmpty();
            boolean possessive = word.contains("'") || word.contains("’");
            String folded = Words.fold(word);
            // "Vice-chancellor Professor Ann Lee": a title of its own before an honorific is not a modifier
            boolean title = heads.contains(folded.substring(folded.lastIndexOf('-') + 1)) || known(folded) != null;
            if (!acronym && notModifiers.contains(folded) || possessive || title
                    || capital && !acronym && !opensSentence) {
                break;
            }
            start = words.get(i)[0];
        }
        return start;
    }

    private Finding withFormer(String text, Sentence sentence, int start, int end, String role) {
        if (former != null) {
            Matcher f = former.matcher(text).region(Math.max(sentence.start(), start - 20), start);
            if (f.find()) {
                start = f.start();
                role = "former " + role;
            }
        }
        // a role to come is another fact than the role held now: it is keyed apart
        boolean toCome = future != null && (future.matcher(text).region(Math.max(sentence.start(), start - 30), start)
                .find() || futureOpening.matcher(text).region(start, end).lookingAt());
        return new Finding(ClaimKind.ROLE, start, end, new Label(role),
                (toCome ? FUTURE : "role:") + Words.slug(role));
    }

    private String known(String folded) {
        String role = canonical.get(folded);
        if (role == null) {
            for (String[] stem : stems) {
                if (folded.startsWith(stem[0])) {
                    return stem[1];
                }
            }
        }
        return role;
    }
}
