package org.copydesk.factcheck.entity;

import java.util.UUID;

/** A claim that keeps an article from being approved, and why. */
public record BlockingClaim(UUID claimId, int position, ClaimKind kind, String sentence, ClaimStatus status,
                            String reason) {

    public static BlockingClaim of(ArticleClaim claim) {
        return new BlockingClaim(claim.getId(), claim.getPosition(), claim.getKind(), claim.getSentence(),
                claim.getStatus(), claim.getStatus() == ClaimStatus.UNCHECKED ? "not checked yet"
                : "rated " + claim.getStatus() + " without a correction");
    }
}
