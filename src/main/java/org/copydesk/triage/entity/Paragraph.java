package org.copydesk.triage.entity;

/**
 * A paragraph of the article as the triage sees it.
 *
 * @param index      position among the article's paragraphs
 * @param start      span of the paragraph in the original text (inclusive)
 * @param end        span of the paragraph in the original text (exclusive)
 * @param text       normalized text (NFC, collapsed whitespace), markup stripped
 * @param fromMarkup true when the original is HTML, so the span holds tags and {@code text} is not a plain slice of it
 */
public record Paragraph(int index, int start, int end, String text, boolean fromMarkup) {
}
