package org.copydesk.triage.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.copydesk.triage.entity.Finding;
import org.copydesk.triage.entity.Paragraph;
import org.copydesk.triage.entity.TriageReport;

/**
 * The automatic triage of an ingested article: clean-up, furniture and splice detection, language, near-duplicate
 * signature, story fingerprint and routing. Thread-safe and stateless; create one and share it (the language
 * models are loaded once per JVM, on first use).
 *
 * <p>Detectors run in an order where each only sees what the previous ones kept: instructions first (they must
 * be reported wherever they hide), then repeated body, furniture, promos and splices, and mixed language last.
 */
public final class ArticleAnalyzer {

    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";

    private final ParagraphSplitter splitter = new ParagraphSplitter();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final InstructionDetector instructions = new InstructionDetector();
    private final RepeatedBodyDetector repeatedBody = new RepeatedBodyDetector();
    private final BoilerplateDetector boilerplate = new BoilerplateDetector();
    private final LanguageIdentifier languages = new LanguageIdentifier();
    private final SpliceDetector splices = new SpliceDetector();
    private final StoryFingerprinter fingerprinter = new StoryFingerprinter();
    private final DeskRouter router = new DeskRouter();

    /**
     * @param original  the article as received
     * @param mediaType "text/plain" or "text/html" (parameters such as charset are ignored)
     */
    public TriageReport analyze(String original, String mediaType) {
        boolean html = isHtml(mediaType);
        List<Paragraph> paragraphs;
        String safeHtml = "";
        List<Finding> findings = new ArrayList<>();
        if (html) {
            HtmlSanitizer.Sanitized sanitized = sanitizer.sanitize(original);
            paragraphs = sanitized.paragraphs();
            safeHtml = sanitized.safeHtml();
            findings.addAll(sanitized.findings());
        } else {
            paragraphs = splitter.split(original);
        }

        findings.addAll(DeceptiveText.inBody(original));
        findings.addAll(instructions.detect(original, WorkingText.kept(paragraphs, findings)));
        findings.addAll(repeatedBody.detect(WorkingText.kept(paragraphs, findings)));
        findings.addAll(boilerplate.detect(WorkingText.kept(paragraphs, findings)));
        List<Paragraph> kept = WorkingText.kept(paragraphs, findings);
        LanguageIdentifier.LanguageProfile language = languages.identify(kept);
        findings.addAll(splices.detect(kept, paragraphs, language.article()));
        kept = WorkingText.kept(paragraphs, findings);
        findings.addAll(languages.mixedLanguage(language, kept));
        findings.sort(Comparator.comparingInt(Finding::start).thenComparing(Finding::end, Comparator.reverseOrder())
                .thenComparing(Finding::kind));

        String workingText = WorkingText.rebuild(original, paragraphs, findings);
        return new TriageReport(html ? TEXT_HTML : TEXT_PLAIN, paragraphs, workingText, safeHtml,
                language.article(), language.paragraphs(), findings, MinHash.sign(workingText),
                fingerprinter.fingerprint(kept, language.article()), router.route(kept, findings));
    }

    /** The original's paragraphs with their spans, split as {@link #analyze} splits them, without the analysis. */
    public List<Paragraph> paragraphs(String original, String mediaType) {
        return isHtml(mediaType) ? sanitizer.sanitize(original).paragraphs() : splitter.split(original);
    }

    private static boolean isHtml(String mediaType) {
        String type = mediaType == null ? "" : mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case TEXT_HTML, "application/xhtml+xml" -> true;
            case TEXT_PLAIN, "" -> false;
            default -> throw new IllegalArgumentException("unsupported media type: " + mediaType);
        };
    }
}
