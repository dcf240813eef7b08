package org.copydesk.workflow.entity;

/** Where an article stands on its way to readers. PUBLISHED and REJECTED are final. */
public enum ArticleState {
    INGESTED, TRIAGE, FACT_CHECK, REVISION, READY, PUBLISHED, REJECTED;

    public boolean isFinal() {
        return this == PUBLISHED || this == REJECTED;
    }
}
