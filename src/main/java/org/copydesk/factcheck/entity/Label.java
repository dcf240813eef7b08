package org.copydesk.factcheck.entity;

/** Canonical lowercase English text for a role ("chief ai scientist") or an award ("turing"). */
public record Label(String canonical) implements ClaimValue {
}
