package org.copydesk.triage.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normal forms every detector compares text in. */
public final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextNormalizer() {
    }

    /** NFC, invisible characters dropped, every run of whitespace collapsed to one space, trimmed. */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(INVISIBLE.matcher(nfc).replaceAll("")).replaceAll(" ").trim();
    }

    /** Lower case without accents, for comparisons across spellings ("Élysée" and "elysee" fold alike). */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
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

    public static int letterCount(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    /**
     * A case-insensitive pattern matching any of the phrases as whole words in FOLDED text. Phrases are regular
     * expressions themselves, so "mins?" works.
     */
    public static Pattern anyPhrase(String... phrases) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", phrases) + ")(?![\\p{L}\\p{N}])");
    }
}
