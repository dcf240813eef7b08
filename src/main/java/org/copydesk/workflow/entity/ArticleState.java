package org.copydesk.workflow.entity;

/** Where an article stands on its way to readers. PUBLISHED, REJECTED and DUPLICATE are final. */
public enum ArticleState {
    INGESTED, TRIAGE, FACT_CHECK, REVISION, READY, PUBLISHED, REJECTED, DUPLICATE;

    public boolean isFinal() {
        return this == PUBLISHED || this == REJECTED || this == DUPLICATE;
    }
}
