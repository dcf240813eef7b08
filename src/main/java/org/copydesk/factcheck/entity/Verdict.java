package org.copydesk.factcheck.entity;

/** The outcome of comparing two claims. */
public enum Verdict {
    /** Same subject, values agree after normalization and tolerance. */
    AGREE,
    /** Same subject, values disagree. */
    CONTRADICT,
    /** Different subjects, a subject too vague to compare, or values that cannot be compared (USD vs EUR). */
    NOT_COMPARABLE
}
