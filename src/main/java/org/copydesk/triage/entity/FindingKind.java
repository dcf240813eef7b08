package org.copydesk.triage.entity;

/** What the triage noticed in an ingested article. */
public enum FindingKind {
    /** Hostile markup (script, event handler, javascript:/data: URL, iframe, style...) dropped by the sanitizer. */
    UNSAFE_MARKUP,
    /** Navigation, call-to-action, byline, reading-time or separator lines that are not part of the story. */
    BOILERPLATE,
    /** The headline printed again in the body. */
    REPEATED_TITLE,
    /** A paragraph standing for a picture the ingest could not carry ("image", "Image source: X"). */
    IMAGE_PLACEHOLDER,
    /** Views / shares / likes counters. */
    COUNTER,
    /** Left-over Markdown code fences. */
    CODE_FENCE,
    /** Reprint, copyright or third-party disclaimer notices. */
    NOTICE,
    /** Advertising for a product or platform spliced into the article. */
    PROMO,
    /** A passage that does not belong to this article's topic. */
    SPLICE,
    /** The body, or a large part of it, printed a second time. */
    REPEATED_BODY,
    /** A paragraph in another language than the article. */
    MIXED_LANGUAGE,
    /** Text addressed to an automated assistant rather than to readers. */
    INJECTED_INSTRUCTION,
    /** The same text was ingested before (from any source). */
    DUPLICATE,
    /** Nearly the same text was ingested before. */
    NEAR_DUPLICATE,
    /** Bidirectional embedding, override or isolate characters that reorder how the text is shown. */
    BIDI_CONTROL,
    /** A word mixing Latin, Cyrillic or Greek letters, which can pass for another word. */
    MIXED_SCRIPT
}
