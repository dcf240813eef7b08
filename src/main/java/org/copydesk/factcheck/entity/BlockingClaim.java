package org.copydesk.factcheck.entity;

import java.util.UUID;

/**
 * A claim that keeps an article from being approved, and why; its phrase tells apart two claims of one sentence.
 */
public record BlockingClaim(UUID claimId, int position, ClaimKind kind, String phrase, String sentence,
                            ClaimStatus status, String reason) {

    public static BlockingClaim of(ArticleClaim claim) {
        return new BlockingClaim(claim.getId(), claim.getPosition(), claim.getKind(), phraseOf(claim),
                claim.getSentence(), claim.getStatus(), claim.getStatus() == ClaimStatus.UNCHECKED ? "not checked yet"
                : "rated " + claim.getStatus() + " without a correction");
    }

    private static String phraseOf(ArticleClaim claim) {
        int from = claim.getPhraseStart() - claim.getStart();
        int to = claim.getPhraseEnd() - claim.getStart();
        String sentence = claim.getSentence();
        return 0 <= from && from < to && to <= sentence.length() ? sentence.substring(from, to) : sentence;
    }
}
