package org.copydesk.factcheck.entity;

/**
 * The normalized, language-independent value of a claim.
 * Numbers are {@link Quantity}, dates and years are {@link CalendarDate},
 * roles and awards are {@link Label}, quotes are {@link Quotation}.
 */
public sealed interface ClaimValue permits Quantity, CalendarDate, Label, Quotation {
}
