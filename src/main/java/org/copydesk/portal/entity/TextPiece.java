package org.copydesk.portal.entity;

import java.io.Serializable;

/**
 * A run of an article's text as a page shows it: plain, or marked as a claim (with its verdict) or a triage
 * finding (with its kind, whether it was removed, and why). Pages print it escaped, like every value.
 */
public class TextPiece implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String text;
    private final String markId;
    private final String kind;
    private final boolean removed;
    private final String explanation;

    public TextPiece(String text, String markId, String kind, boolean removed, String explanation) {
        this.text = text;
        this.markId = markId;
        this.kind = kind;
        this.removed = removed;
        this.explanation = explanation;
    }

    public String getText() {
        return text;
    }

    public String getMarkId() {
        return markId;
    }

    public boolean isMarked() {
        return markId != null;
    }

    public String getKind() {
        return kind;
    }

    public boolean isRemoved() {
        return removed;
    }

    public String getExplanation() {
        return explanation;
    }
}
