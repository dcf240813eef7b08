package org.copydesk.triage.control;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;
import org.copydesk.text.control.Folding;

/** The normal forms every detector compares text in. */
public final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private TextNormalizer() {
    }

    /** NFC, invisible characters dropped, every run of whitespace collapsed to one space, trimmed. */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(INVISIBLE.matcher(nfc).replaceAll("")).replaceAll(" ").trim();
    }

    /** Lower case without accents, for comparisons across spellings ("Élysée" and "elysee" fold alike). */
    public static String fold(String text) {
        return Folding.fold(text);
    }

    /** Folded words: runs of letters and digits (apostrophes split words, so "l'IA" gives "l" and "ia"). */
    public static List<String> words(String text) {
        return Folding.words(text);
    }

    /** Words of an already folded text. */
    public static List<String> tokens(String folded) {
        return Folding.tokens(folded);
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
