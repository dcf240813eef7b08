package org.copydesk.workflow.entity;

/**
 * Where an article stands on its way to readers. A SCHEDULED article waits for its publish time; a PUBLISHED one
 * may still be corrected (it stays PUBLISHED) or killed. An admin may cancel an article still in review (CANCELLED).
 * REJECTED, DUPLICATE, KILLED and CANCELLED are final.
 */
public enum ArticleState {
    INGESTED, TRIAGE, FACT_CHECK, REVISION, READY, SCHEDULED, PUBLISHED, REJECTED, DUPLICATE, KILLED, CANCELLED;

    public boolean isFinal() {
        return this == REJECTED || this == DUPLICATE || this == KILLED || this == CANCELLED;
    }

    /** Whether review is over: the text is no longer edited in place (a published article is corrected instead). */
    public boolean hasLeftReview() {
        return isFinal() || this == SCHEDULED || this == PUBLISHED;
    }

    /** Whether the workflow may move an article from this state to the next: once published, only a kill. */
    public boolean mayBecome(ArticleState next) {
        if (next == this) {
            return true;
        }
        if (this == PUBLISHED) {
            return next == KILLED;
        }
        return !isFinal();
    }
}
