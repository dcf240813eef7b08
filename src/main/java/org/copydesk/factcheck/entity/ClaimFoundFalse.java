package org.copydesk.factcheck.entity;

import java.util.UUID;

/**
 * A fact-checker rated a claim FALSE. Fired in the rating's transaction; later steps (publishing) look for
 * published articles that carry the same claim.
 */
public record ClaimFoundFalse(UUID articleId, UUID claimId, String subject, Claim claim, String sentence,
                              String evidence) {
}
