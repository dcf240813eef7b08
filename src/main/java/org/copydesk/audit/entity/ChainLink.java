package org.copydesk.audit.entity;

import java.time.Instant;

/** An audit entry as stored, with its place in its hash chain: what verification reads and export writes. */
public record ChainLink(long id, String chainKey, Long chainSeq, String articleId, String actor, String actorSubject,
                        String action, String fromState, String toState, String taskId, String taskKey, String detail,
                        Instant occurredAt, String previousHash, String entryHash) {
}
