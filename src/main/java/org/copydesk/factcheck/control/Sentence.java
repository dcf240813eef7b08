package org.copydesk.factcheck.control;

/**
 * A sentence of the article: [start, end) in the article text.
 *
 * @param line       index of the text line it sits on; quotes look at the line before for attribution
 * @param blockquote whether the line is a "&gt; " blockquote line
 */
record Sentence(int start, int end, int line, boolean blockquote) {

    boolean contains(int position) {
        return position >= start && position < end;
    }
}
