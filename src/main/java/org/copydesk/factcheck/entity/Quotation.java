package org.copydesk.factcheck.entity;

/**
 * Quoted words and who said them.
 *
 * @param speaker the name as the article writes it ("LeCun", "Yann LeCun")
 */
public record Quotation(String text, String speaker) implements ClaimValue {
}
