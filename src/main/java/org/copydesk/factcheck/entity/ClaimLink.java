package org.copydesk.factcheck.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A claim agreeing with or contradicting another article's claim about the same subject, or a reference fact.
 * Links between claims are stored in both directions, so each article shows the other.
 */
@Entity
@Table(name = "claim_link")
public class ClaimLink {

    @Id
    private UUID id;

    @Column(name = "claim_id", nullable = false)
    private UUID claimId;

    @Column(name = "other_claim_id")
    private UUID otherClaimId;

    @Column(name = "fact_id")
    private UUID factId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Verdict verdict;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ClaimLink() {
    }

    private ClaimLink(UUID claimId, UUID otherClaimId, UUID factId, Verdict verdict, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.claimId = claimId;
        this.otherClaimId = otherClaimId;
        this.factId = factId;
        this.verdict = verdict;
        this.createdAt = createdAt;
    }

    public static ClaimLink toClaim(UUID claimId, UUID otherClaimId, Verdict verdict, Instant at) {
        return new ClaimLink(claimId, otherClaimId, null, verdict, at);
    }

    public static ClaimLink toFact(UUID claimId, UUID factId, Verdict verdict, Instant at) {
        return new ClaimLink(claimId, null, factId, verdict, at);
    }

    public UUID getClaimId() {
        return claimId;
    }

    public UUID getOtherClaimId() {
        return otherClaimId;
    }

    public UUID getFactId() {
        return factId;
    }

    public Verdict getVerdict() {
        return verdict;
    }
}
