package org.copydesk.audit.entity;

import java.time.Instant;

/** The outcome of re-verifying every chain and every anchor; {@code firstBreak} is null when all hold. */
public record AuditVerification(boolean intact, long entries, long chains, long anchors, ChainBreak firstBreak,
                                Instant verifiedAt, long millis) {
}
