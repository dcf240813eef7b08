package org.copydesk.text.control;

/**
 * A sentence: [start, end) in the text it was split from.
 *
 * @param line       index of the text line it sits on; quotes look at the line before for attribution
 * @param blockquote whether the line is a "&gt; " blockquote line
 */
public record Sentence(int start, int end, int line, boolean blockquote) {

    public boolean contains(int position) {
        return position >= start && position < end;
    }
}
