package org.copydesk.review.entity;

import org.copydesk.domain.Invalid;

/**
 * A reviewer's decision on a task: its name, the comment that goes with it, and what some steps take beside it
 * (the editor's text; the article a duplicate repeats).
 */
public record Decision(String name, String comment, String text, String duplicateOf) {

    public boolean hasComment() {
        return comment != null && !comment.isBlank();
    }

    /** Refuses the text and the original, for a step that takes neither. */
    public Decision withNameAndCommentOnly(String taskKey) {
        if (duplicateOf != null) {
            throw new Invalid("'duplicateOf' is not taken by the " + taskKey + " task; it belongs to triage");
        }
        if (text != null) {
            throw new Invalid("'text' is not taken by the " + taskKey + " task; it belongs to triage and revision");
        }
        return this;
    }
}
