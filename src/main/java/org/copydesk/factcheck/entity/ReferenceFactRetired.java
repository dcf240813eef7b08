package org.copydesk.factcheck.entity;

import java.util.UUID;

/**
 * An admin took a reference fact out of the fact base. Fired in the retiring transaction; articles verified
 * against it may need a correction.
 */
public record ReferenceFactRetired(UUID factId, String subject, Claim claim, String statement) {
}
