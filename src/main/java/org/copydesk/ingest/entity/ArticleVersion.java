package org.copydesk.ingest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One version of an article's working text; versions are only ever added, so any two can be compared. */
@Entity
@Table(name = "article_version")
@IdClass(ArticleVersion.Key.class)
public class ArticleVersion {

    /** Article and version number. */
    public record Key(UUID articleId, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "article_id")
    private UUID articleId;

    @Id
    private int number;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ArticleVersion() {
    }

    public ArticleVersion(UUID articleId, int number, String text, String author, String reason, Instant createdAt) {
        this.articleId = articleId;
        this.number = number;
        this.text = text;
        this.author = author;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public UUID getArticleId() {
        return articleId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public String getAuthor() {
        return author;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
