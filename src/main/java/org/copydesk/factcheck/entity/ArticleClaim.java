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
 * A claim as the ledger keeps it: where it is in one version of the article's working text, what it says in
 * normalized form, and the fact-checker's verdict with its evidence.
 */
@Entity
@Table(name = "claim")
public class ArticleClaim {

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Column(nullable = false)
    private int position;

    @Column(name = "text_version", nullable = false)
    private int textVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimKind kind;

    @Column(name = "span_start", nullable = false)
    private int start;

    @Column(name = "span_end", nullable = false)
    private int end;

    @Column(name = "phrase_start", nullable = false)
    private int phraseStart;

    @Column(name = "phrase_end", nullable = false)
    private int phraseEnd;

    @Column(nullable = false)
    private String sentence;

    @Column(nullable = false, length = 16)
    private String language;

    @Embedded
    private StoredSubject subjectKey;

    @Column(length = 400)
    private String subject;

    @Embedded
    private StoredValue value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimStatus status;

    @Column(length = 4000)
    private String evidence;

    @Column(length = 4000)
    private String correction;

    @Column(name = "rated_by", length = 200)
    private String ratedBy;

    @Column(name = "rated_by_subject", length = 200)
    private String ratedBySubject;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "claim_review")
    private String claimReview;

    @Column(name = "extracted_at", nullable = false)
    private Instant extractedAt;

    protected ArticleClaim() {
    }

    /**
     * @param subject the claim's comparable subject ({@code entity|attribute}), or null when it cannot meet others
     */
    public ArticleClaim(UUID articleId, int textVersion, Claim claim, String subject, Instant extractedAt) {
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.position = claim.id();
        this.textVersion = textVersion;
        this.kind = claim.kind();
        this.start = claim.start();
        this.end = claim.end();
        this.phraseStart = claim.phraseStart();
        this.phraseEnd = claim.phraseEnd();
        this.sentence = claim.sentence();
        this.language = claim.language();
        this.subjectKey = StoredSubject.of(claim.subjectKey());
        this.subject = subject;
        this.value = StoredValue.of(claim.value());
        this.status = ClaimStatus.UNCHECKED;
        this.extractedAt = extractedAt;
    }

    /** The claim as the comparison logic reads it. */
    public Claim toClaim() {
        return new Claim(position, start, end, phraseStart, phraseEnd, kind, value.toValue(),
                subjectKey.toKey(), sentence, language);
    }

    public void rate(ClaimStatus verdict, String evidenceGiven, String correctionGiven, String username,
                     String userSubject, Instant at, String claimReviewDocument) {
        this.status = verdict;
        this.evidence = evidenceGiven;
        this.correction = correctionGiven;
        this.ratedBy = username;
        this.ratedBySubject = userSubject;
        this.ratedAt = at;
        this.claimReview = claimReviewDocument;
    }

    /** Keeps the verdict given on the same statement in an earlier version of the text. */
    public void carryRatingFrom(ArticleClaim earlier) {
        rate(earlier.status, earlier.evidence, earlier.correction, earlier.ratedBy, earlier.ratedBySubject,
                earlier.ratedAt, earlier.claimReview);
    }

    /** What makes two extractions the same statement: kind, subject and the sentence as written. */
    public String identity() {
        return kind + "\u0000" + getSubjectKey() + "\u0000" + sentence;
    }

    /** Unchecked, or rated false with no correction given: the article may not be approved yet. */
    public boolean blocksApproval() {
        return status == ClaimStatus.UNCHECKED
                || status == ClaimStatus.FALSE && (correction == null || correction.isBlank());
    }

    public UUID getId() {
        return id;
    }

    public UUID getArticleId() {
        return articleId;
    }

    public int getPosition() {
        return position;
    }

    public int getTextVersion() {
        return textVersion;
    }

    public ClaimKind getKind() {
        return kind;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public int getPhraseStart() {
        return phraseStart;
    }

    public int getPhraseEnd() {
        return phraseEnd;
    }

    public String getSentence() {
        return sentence;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubjectKey() {
        return subjectKey.toKey().text();
    }

    public String getSubject() {
        return subject;
    }

    public StoredValue getValue() {
        return value;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getCorrection() {
        return correction;
    }

    public String getRatedBy() {
        return ratedBy;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public String getClaimReview() {
        return claimReview;
    }
}
