package org.copydesk.text.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The one way text is compared across spellings: lower case, no accents, one kind of apostrophe. */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Folding() {
    }

    /**
     * "Élysée" becomes "elysee", "l’État" becomes "l'etat". Compatibility forms are opened too, so a ligature or a
     * no-break space compares like the plain letters and space.
     */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /**
     * Folded, each run of anything but a-z and 0-9 turned into one dash, none at either end: "Élysée, Paris" becomes
     * "elysee-paris". Keys and addresses are made of it.
     */
    public static String dashed(String text) {
        String dashed = NON_ALNUM.matcher(fold(text)).replaceAll("-");
        int from = 0;
        int to = dashed.length();
        while (from < to && dashed.charAt(from) == '-') {
            from++;
        }
        while (to > from && dashed.charAt(to - 1) == '-') {
            to--;
        }
        return dashed.substring(from, to);
    }

    /** Folded words: runs of letters and digits (apostrophes split words, so "l'IA" gives "l" and "ia"). */
    public static List<String> words(String text) {
        return tokens(fold(text));
    }

    /** Words of an already folded text. */
    public static List<String> tokens(String folded) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean wordChar = Character.isLetterOrDigit(cp);
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return words;
    }
}
