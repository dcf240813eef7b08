package org.copydesk.audit.entity;

import java.time.Instant;

/** A periodic anchor: the heads of the chains that moved since the anchor before, hashed together with it. */
public record AnchorView(long id, Instant createdAt, int chains, String previousHash, String anchorHash) {
}
