package org.copydesk.review.entity;

import org.copydesk.domain.Invalid;

/**
 * A reviewer's decision on a task: its name, the comment that goes with it, and what some steps take beside it
 * (the editor's text with the version it was edited from; the article a duplicate repeats; the time of a scheduled or embargoed publication).
 */
public record Decision(String name, String comment, String text, Integer baseVersion, String duplicateOf, String at) {

    public boolean hasComment() {
        return comment != null && !comment.isBlank();
    }

    /** Refuses the text, the original and a time, for a step that takes none of them. */
    public Decision withNameAndCommentOnly(String taskKey) {
        withNameCommentAndTime(taskKey);
        if (at != null) {
            throw new Invalid("'at' is not taken by the " + taskKey + " task; it belongs to publish");
        }
        return this;
    }

    /** Refuses the text and the original, for a step that may take a time (publish). */
    public Decision withNameCommentAndTime(String taskKey) {
        if (duplicateOf != null) {
            throw new Invalid("'duplicateOf' is not taken by the " + taskKey + " task; it belongs to triage");
        }
        if (text != null || baseVersion != null) {
            throw new Invalid("'text' is not taken by the " + taskKey + " task; it belongs to triage and revision");
        }
        return this;
    }
}
