package org.copydesk.ingest.control;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.ingest.entity.Submission;
import org.copydesk.web.ProblemException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns what a client posted into a {@link Submission}, or says exactly what is missing or wrong. */
public final class SubmissionReader {

    static final int MAX_TITLE = 1000;
    static final int MAX_SOURCE = 200;
    static final int MAX_URL = 2000;
    static final int TITLE_FROM_TEXT = 160;
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private SubmissionReader() {
    }

    public static Submission fromJson(String title, String body, String source, String url, String language) {
        byte[] original = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        return validated(new Submission(trim(title), body, trim(source), trim(url), trim(language),
                "application/json", original));
    }

    /** Plain text: the title comes from the header if given, else from the first non-blank line. */
    public static Submission fromPlainText(byte[] original, Charset charset, String titleHeader, String source,
                                           String url, String language) {
        String text = new String(original, charset);
        String title = trim(titleHeader);
        if (title == null) {
            title = titleFromFirstLine(text);
        }
        return validated(new Submission(title, text, trim(source), trim(url), trim(language), "text/plain", original));
    }

    /** HTML: the title comes from the header if given, else from the document's title or first heading. */
    public static Submission fromHtml(byte[] original, Charset charset, String titleHeader, String source,
                                      String url, String language) {
        String html = new String(original, charset);
        String title = trim(titleHeader);
        if (title == null) {
            Document document = Jsoup.parse(html);
            title = trim(document.title());
            if (title == null) {
                Element heading = document.selectFirst("h1, h2, h3");
                title = heading == null ? null : trim(heading.text());
            }
        }
        return validated(new Submission(title, html, trim(source), trim(url), trim(language), "text/html", original));
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

    private static Submission validated(Submission submission) {
        List<String> problems = new ArrayList<>();
        if (submission.title() == null) {
            problems.add("a title is required (JSON field 'title', header 'X-Article-Title' or the first line)");
        } else if (submission.title().length() > MAX_TITLE) {
            problems.add("the title is longer than " + MAX_TITLE + " characters");
        }
        if (submission.text() == null || submission.text().isBlank()) {
            problems.add("the article body is empty");
        }
        if (submission.source() == null) {
            problems.add("a source is required (JSON field 'source' or header 'X-Article-Source')");
        } else if (submission.source().length() > MAX_SOURCE) {
            problems.add("the source is longer than " + MAX_SOURCE + " characters");
        }
        if (submission.url() != null && (submission.url().length() > MAX_URL
                || !submission.url().matches("(?i)https?://\\S+"))) {
            problems.add("the url must be an http or https address of at most " + MAX_URL + " characters");
        }
        if (submission.language() != null && !LANGUAGE_TAG.matcher(submission.language()).matches()) {
            problems.add("the language must be a language tag such as 'en' or 'fr-CA'");
        }
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable("The article cannot be accepted: " + String.join("; ", problems));
        }
        return submission;
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
