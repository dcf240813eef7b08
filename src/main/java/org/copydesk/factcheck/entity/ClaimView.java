package org.copydesk.factcheck.entity;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A claim as the fact-checker sees it: its sentence and the exact spans in the working text of {@code textVersion},
 * the normalized value, the verdict, and the other articles' claims and reference facts it agrees with or
 * contradicts. {@code claimReview} is the schema.org ClaimReview kept for publishing when rated false or disputed.
 */
public record ClaimView(UUID id, int position, ClaimKind kind, String sentence, int start, int end,
                        int phraseStart, int phraseEnd, int textVersion, String language, String subjectKey,
                        String value, String speaker, ClaimStatus status, String evidence, String correction,
                        String ratedBy, Instant ratedAt, List<LinkView> contradictions, List<LinkView> agreements,
                        JsonObject claimReview) {
}
