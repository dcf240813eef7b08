package org.copydesk.factcheck.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A verified claim the newsroom holds as settled: later articles that say otherwise about the same subject are
 * flagged, whatever story they belong to.
 */
@Entity
@Table(name = "reference_fact")
public class ReferenceFact {

    @Id
    private UUID id;

    @Column(nullable = false, length = 400)
    private String subject;

    @Embedded
    private StoredSubject subjectKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimKind kind;

    @Column(nullable = false)
    private String statement;

    @Column(nullable = false, length = 16)
    private String language;

    @Embedded
    private StoredValue value;

    @Column(nullable = false, length = 4000)
    private String evidence;

    @Column(name = "source_claim_id", nullable = false)
    private UUID sourceClaimId;

    @Column(name = "source_article_id", nullable = false)
    private UUID sourceArticleId;

    @Column(name = "promoted_by", nullable = false, length = 200)
    private String promotedBy;

    @Column(name = "promoted_by_subject", length = 200)
    private String promotedBySubject;

    @Column(name = "promoted_at", nullable = false)
    private Instant promotedAt;

    protected ReferenceFact() {
    }

    public ReferenceFact(ArticleClaim verified, String username, String userSubject, Instant at) {
        this.id = UUID.randomUUID();
        this.subject = verified.getSubject();
        this.subjectKey = StoredSubject.of(verified.toClaim().subjectKey());
        this.kind = verified.getKind();
        this.statement = verified.getSentence();
        this.language = verified.getLanguage();
        this.value = StoredValue.of(verified.toClaim().value());
        this.evidence = verified.getEvidence();
        this.sourceClaimId = verified.getId();
        this.sourceArticleId = verified.getArticleId();
        this.promotedBy = username;
        this.promotedBySubject = userSubject;
        this.promotedAt = at;
    }

    /** The fact as a claim, so that the comparison logic reads facts and claims alike. */
    public Claim toClaim() {
        return new Claim(0, 0, statement.length(), 0, statement.length(), kind, value.toValue(), subjectKey.toKey(),
                statement, language);
    }

    public UUID getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public ClaimKind getKind() {
        return kind;
    }

    public String getStatement() {
        return statement;
    }

    public String getLanguage() {
        return language;
    }

    public StoredValue getValue() {
        return value;
    }

    public String getEvidence() {
        return evidence;
    }

    public UUID getSourceClaimId() {
        return sourceClaimId;
    }

    public UUID getSourceArticleId() {
        return sourceArticleId;
    }

    public String getPromotedBy() {
        return promotedBy;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }
}
