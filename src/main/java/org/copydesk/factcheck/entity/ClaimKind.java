package org.copydesk.factcheck.entity;

/** What sort of checkable content a claim carries. */
public enum ClaimKind {
    DATE, YEAR, AMOUNT, PERCENTAGE, COUNT, RANKING, AGE, ROLE, AWARD, QUOTE
}
