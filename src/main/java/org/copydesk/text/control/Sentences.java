package org.copydesk.text.control;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into sentences with the Unicode sentence rules of the text's language, the language's usual
 * abbreviations ("Dr.", "z.B.", "Mme.") and a list of its own kept from ending a sentence.
 *
 * <p>On top of the Unicode rules: every line is its own block, so a headline, a bullet or a blockquote line ends
 * where the line ends; bullets and blockquote marks opening a line are not part of its sentence; a full stop after
 * an initial ("John F. Kennedy") or after a numeric ordinal of the language ("am 14. Oktober") does not end a
 * sentence; and a sentence only ends before what can open one (a capital, a digit, an opening quote or bracket), so
 * "“Why?” he asked." stays one sentence. Ideographic full stops end a sentence without a space after them.
 */
public final class Sentences {

    private static final String CLOSERS = "”“\"’»)]";
    private static final String LEADERS = " \t\u00A0•·*-–—>";
    private static final String OPENERS = "“\"«„‘'([$€£";
    private static final String IDEOGRAPHIC_TERMINALS = "。！？";
    /**
     * ICU matches a suppression against the end of any word ("am." would keep "Er kam." from ending a sentence),
     * so every suppression starts with the space before its word, and every line is read with a space before it.
     */
    private static final String WORD_START = " ";

    private final ULocale locale;
    private final Set<String> abbreviations;
    private final Set<String> suppressions;
    private final Pattern ordinal;
    private final ThreadLocal<BreakIterator> breaks;

    private Sentences(String language, Collection<String> abbreviations, String numericOrdinal) {
        this.locale = language == null || language.isBlank() ? ULocale.ROOT : new ULocale(language);
        this.abbreviations = new HashSet<>();
        this.suppressions = new HashSet<>(unicodeAbbreviations(locale));
        for (String abbreviation : abbreviations) {
            String bare = abbreviation.endsWith(".") ? abbreviation.substring(0, abbreviation.length() - 1)
                    : abbreviation;
            if (!bare.isEmpty()) {
                this.abbreviations.add(bare.toLowerCase(Locale.ROOT));
                suppressions.add(bare + ".");
                suppressions.add(bare.toLowerCase(Locale.ROOT) + ".");
                suppressions.add(capitalized(bare.toLowerCase(Locale.ROOT)) + ".");
            }
        }
        this.ordinal = numericOrdinal == null || numericOrdinal.isBlank() ? null : Pattern.compile(numericOrdinal);
        this.breaks = ThreadLocal.withInitial(this::newBreakIterator);
    }

    /** Sentences of a language (an ISO 639-1 code; blank for none known) with only the Unicode abbreviations. */
    public static Sentences of(String language) {
        return new Sentences(language, List.of(), null);
    }

    /**
     * Sentences of a language, with abbreviations of its own (written without or with their final full stop, in any
     * case) and the pattern of a numeric ordinal written with a full stop ("\\d{1,3}\\." in German), or null.
     */
    public static Sentences of(String language, Collection<String> abbreviations, String numericOrdinal) {
        return new Sentences(language, abbreviations, numericOrdinal);
    }

    private BreakIterator newBreakIterator() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        suppressions.forEach(abbreviation -> builder.suppressBreakAfter(WORD_START + abbreviation));
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
    }

    /** The abbreviations the Unicode locale data keeps from ending a sentence in the language ("Dr.", "z.B."). */
    private static List<String> unicodeAbbreviations(ULocale locale) {
        ICUResourceBundle data = ICUResourceBundle.getBundleInstance(ICUData.ICU_BRKITR_BASE_NAME, locale,
                ICUResourceBundle.OpenType.LOCALE_ROOT);
        ICUResourceBundle exceptions = data.findWithFallback("exceptions/SentenceBreak");
        List<String> abbreviations = new ArrayList<>();
        for (int i = 0; exceptions != null && i < exceptions.getSize(); i++) {
            abbreviations.add(exceptions.getString(i));
        }
        return abbreviations;
    }

    /** The sentences of the whole text. */
    public List<Sentence> split(String text) {
        return split(text, 0, text.length());
    }

    /** The sentences between {@code from} and {@code to}; lines are counted from {@code from}. */
    public List<Sentence> split(String text, int from, int to) {
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator iterator = breaks.get();
        int lineStart = from;
        int line = 0;
        while (lineStart <= to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            splitLine(iterator, text, lineStart, lineEnd, line, sentences);
            lineStart = lineEnd + 1;
            line++;
        }
        return sentences;
    }

    private void splitLine(BreakIterator iterator, String text, int from, int to, int line, List<Sentence> out) {
        int start = from;
        while (start < to && LEADERS.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        if (start >= to) {
            return;
        }
        boolean blockquote = text.substring(from, start).indexOf('>') >= 0;
        String body = WORD_START + text.substring(start, to);
        iterator.setText(body);
        int offset = start - WORD_START.length();
        int sentenceStart = WORD_START.length();
        for (int boundary = iterator.next(); boundary != BreakIterator.DONE && boundary < body.length();
                boundary = iterator.next()) {
            if (boundary > sentenceStart && endsSentence(body, sentenceStart, boundary)) {
                add(text, offset + sentenceStart, offset + boundary, line, blockquote, out);
                sentenceStart = boundary;
            }
        }
        add(text, offset + sentenceStart, to, line, blockquote, out);
    }

    /** Whether a boundary the Unicode rules propose stands, given what they do not know. */
    private boolean endsSentence(String body, int sentenceStart, int boundary) {
        int end = boundary;
        while (end > sentenceStart && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        int terminal = end;
        while (terminal > sentenceStart && CLOSERS.indexOf(body.charAt(terminal - 1)) >= 0) {
            terminal--;
        }
        if (terminal == sentenceStart) {
            return false;
        }
        char c = body.charAt(terminal - 1);
        if (IDEOGRAPHIC_TERMINALS.indexOf(c) >= 0) {
            return true;
        }
        if (end == boundary || !opensSentence(body, boundary)) {
            return false;
        }
        return c != '.' || !abbreviationBefore(body, sentenceStart, terminal - 1);
    }

    private static boolean opensSentence(String body, int at) {
        char c = body.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private boolean abbreviationBefore(String body, int sentenceStart, int dot) {
        int i = dot;
        while (i > sentenceStart && (Character.isLetterOrDigit(body.charAt(i - 1)) || body.charAt(i - 1) == '.')) {
            i--;
        }
        String word = body.substring(i, dot);
        if (!word.isEmpty() && Character.isDigit(word.charAt(0))) {
            return ordinal != null && ordinal.matcher(word + ".").matches();
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return abbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int start, int end, int line, boolean blockquote, List<Sentence> out) {
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = end;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        for (int i = s; i < e; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                out.add(new Sentence(s, e, line, blockquote));
                return;
            }
        }
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
