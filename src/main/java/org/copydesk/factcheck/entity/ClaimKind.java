package org.copydesk.factcheck.entity;

/** What sort of checkable content a claim carries. */
public enum ClaimKind {
    DATE, YEAR, AMOUNT, PERCENTAGE, COUNT, RANKING, AGE, ROLE, AWARD, QUOTE,
    /** A span of time, in hours: "six hours", "a five-day strike", "vier Minuten". */
    DURATION,
    /** The day of the week an event fell on, in English: "tuesday". */
    WEEKDAY
}
