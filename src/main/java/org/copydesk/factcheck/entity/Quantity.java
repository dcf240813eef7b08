package org.copydesk.factcheck.entity;

import java.math.BigDecimal;

/**
 * A number with its unit: an ISO 4217 currency code for amounts ("USD"), "%" for percentages,
 * "years" for ages, "rank" for rankings, a canonical English noun for counts ("jobs", "people").
 *
 * @param approximate the article hedged the figure ("~600", "près de", "rund")
 */
public record Quantity(BigDecimal number, String unit, boolean approximate) implements ClaimValue {
}
