package org.copydesk.triage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A finding as stored with its article. The span points into the original text, which never changes; whether
 * the span is removed from the working text is the editor's to undo.
 */
@Entity
@Table(name = "article_finding")
public class ArticleFinding {

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FindingKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Column(name = "span_start", nullable = false)
    private int start;

    @Column(name = "span_end", nullable = false)
    private int end;

    @Column(nullable = false, length = 4000)
    private String explanation;

    @Column(nullable = false)
    private boolean removed;

    @Column(name = "related_article_id")
    private UUID relatedArticleId;

    protected ArticleFinding() {
    }

    public ArticleFinding(UUID articleId, Finding finding, UUID relatedArticleId) {
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.kind = finding.kind();
        this.severity = finding.severity();
        this.start = finding.start();
        this.end = finding.end();
        this.explanation = finding.explanation().length() > 4000
                ? finding.explanation().substring(0, 3999) + "…" : finding.explanation();
        this.removed = finding.removed();
        this.relatedArticleId = relatedArticleId;
    }

    public Finding toFinding() {
        return new Finding(kind, severity, start, end, explanation, removed);
    }

    public void restore() {
        this.removed = false;
    }

    public UUID getId() {
        return id;
    }

    public UUID getArticleId() {
        return articleId;
    }

    public FindingKind getKind() {
        return kind;
    }

    public Severity getSeverity() {
        return severity;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getExplanation() {
        return explanation;
    }

    public boolean isRemoved() {
        return removed;
    }

    public UUID getRelatedArticleId() {
        return relatedArticleId;
    }
}
