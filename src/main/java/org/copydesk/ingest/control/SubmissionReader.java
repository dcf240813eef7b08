package org.copydesk.ingest.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.ingest.entity.Submission;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns what a client posted into a {@link Submission}; its constraints say what is missing or wrong. */
public final class SubmissionReader {

    static final int TITLE_FROM_TEXT = 160;
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    private SubmissionReader() {
    }

    public static Submission fromJson(String title, String body, String source, String url, String language) {
        byte[] original = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return new Submission(trim(title), body, trim(source), trim(url), trim(language),
                "application/json", original);
    }

    /** Plain text: the title comes from the header if given, else from the first non-blank line. */
    public static Submission fromPlainText(byte[] original, String text, String titleHeader, String source,
                                           String url, String language) {
        String title = trim(titleHeader);
        if (title == null) {
            title = titleFromFirstLine(text);
        }
        return new Submission(title, text, trim(source), trim(url), trim(language), "text/plain", original);
    }

    /** HTML: the title comes from the header if given, else from the document's title or first heading. */
    public static Submission fromHtml(byte[] original, String html, String titleHeader, String source,
                                      String url, String language) {
        String title = trim(titleHeader);
        if (title == null) {
            Document document = Jsoup.parse(html);
            title = trim(document.title());
            if (title == null) {
                Element heading = document.selectFirst("h1, h2, h3");
                title = heading == null ? null : trim(heading.text());
            }
        }
        return new Submission(title, html, trim(source), trim(url), trim(language), "text/html", original);
    }

    /**
     * The first line that reads like words; a line that is a whole lead paragraph is cut to its first sentence,
     * or to a word boundary, so that a listing stays readable.
     */
    static String titleFromFirstLine(String text) {
        String line = text.lines().map(String::strip).filter(SubmissionReader::readsLikeWords).findFirst().orElse(null);
        if (line == null || line.length() <= TITLE_FROM_TEXT) {
            return line;
        }
        Matcher sentenceEnd = SENTENCE_END.matcher(line);
        if (sentenceEnd.find() && sentenceEnd.start() + 1 <= TITLE_FROM_TEXT) {
            return line.substring(0, sentenceEnd.start() + 1);
        }
        int cut = line.lastIndexOf(' ', TITLE_FROM_TEXT - 1);
        return line.substring(0, cut > 0 ? cut : TITLE_FROM_TEXT - 1).strip() + "…";
    }

    private static boolean readsLikeWords(String line) {
        return WORDS.matcher(line).results().limit(2).count() == 2;
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
