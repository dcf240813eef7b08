package org.copydesk.triage.control;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.FindingKind;
import org.copydesk.triage.entity.Severity;

/**
 * Text that shows a reader something other than what it says: bidirectional controls (embeddings, overrides and
 * isolates, U+202A–U+202E and U+2066–U+2069) that reorder what follows them on screen, and words that mix Latin,
 * Cyrillic and Greek letters, which look alike ("Pаypal" with a Cyrillic а) and pass for another word. The controls
 * are removed from the working text (restorable); mixed words are only reported, since the editor must judge them.
 */
final class DeceptiveText {

    /** The scripts whose letters are confusable with each other's; mixing others (Latin and Han, say) is ordinary. */
    private static final Set<UnicodeScript> LOOKALIKE_SCRIPTS =
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.CYRILLIC, UnicodeScript.GREEK);

    private DeceptiveText() {
    }

    static boolean isBidiControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** Findings in the body, at their spans in the original. */
    static List<Finding> inBody(String original) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < original.length(); ) {
            if (isBidiControl(original.charAt(i))) {
                int end = i;
                while (end < original.length() && isBidiControl(original.charAt(end))) {
                    end++;
                }
                findings.add(new Finding(FindingKind.BIDI_CONTROL, Severity.HIGH, i, end,
                        describeControls(original.substring(i, end)) + ": it changes the order in which the text"
                                + " after it is shown, so that readers and editors would see other words than those"
                                + " stored; removed from the working text", true));
                i = end;
            } else {
                i++;
            }
        }
        forEachWord(original, (start, end) -> mixedScripts(original.substring(start, end)).ifPresent(explanation ->
                findings.add(new Finding(FindingKind.MIXED_SCRIPT, Severity.HIGH, start, end, explanation, false))));
        return findings;
    }

    /**
     * Findings in the title, which has no span in the body: they are anchored at the body's start with no length,
     * and say that they are about the title.
     */
    static List<Finding> inTitle(String title) {
        if (title == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        String controls = title.codePoints().filter(DeceptiveText::isBidiControl)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (!controls.isEmpty()) {
            findings.add(new Finding(FindingKind.BIDI_CONTROL, Severity.HIGH, 0, 0, "The title holds "
                    + describeControls(controls) + ": it changes the order in which the title is shown, so that it"
                    + " reads differently on screen from what is stored; edit the title before accepting", false));
        }
        forEachWord(title, (start, end) -> mixedScripts(title.substring(start, end)).ifPresent(explanation ->
                findings.add(new Finding(FindingKind.MIXED_SCRIPT, Severity.HIGH, 0, 0, "In the title: "
                        + explanation, false))));
        return findings;
    }

    /** Why a word that mixes lookalike scripts may deceive, or empty when it is written in one script. */
    static Optional<String> mixedScripts(String word) {
        Set<UnicodeScript> scripts = word.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of)
                .filter(LOOKALIKE_SCRIPTS::contains).collect(Collectors.toCollection(LinkedHashSet::new));
        if (scripts.size() < 2) {
            return Optional.empty();
        }
        UnicodeScript main = word.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of)
                .filter(scripts::contains)
                .collect(Collectors.groupingBy(script -> script, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String strangers = word.codePoints().filter(Character::isLetter)
                .filter(cp -> UnicodeScript.of(cp) != main && scripts.contains(UnicodeScript.of(cp)))
                .distinct()
                .mapToObj(cp -> new String(Character.toChars(cp)) + " " + codeOf(cp) + " ("
                        + nameOf(UnicodeScript.of(cp)) + ")")
                .collect(Collectors.joining(", "));
        return Optional.of("The word \"" + word + "\" mixes " + scripts.stream().map(DeceptiveText::nameOf)
                .collect(Collectors.joining(" and ")) + " letters (" + strangers + " in a " + nameOf(main)
                + " word): letters of one script that look like another's can make a name or address pass for"
                + " a different one");
    }

    private interface WordSpan {
        void at(int start, int end);
    }

    /** Runs of letters and combining marks. */
    private static void forEachWord(String text, WordSpan word) {
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean inWord = Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                word.at(start, i);
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
    }

    private static String describeControls(String controls) {
        String codes = controls.codePoints().distinct().mapToObj(DeceptiveText::codeOf)
                .collect(Collectors.joining(", "));
        return (controls.codePoints().count() == 1 ? "a bidirectional control character (" : "bidirectional control"
                + " characters (") + codes + ")";
    }

    private static String codeOf(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private static String nameOf(UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
