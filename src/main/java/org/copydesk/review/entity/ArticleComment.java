package org.copydesk.review.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A reviewer's remark on an article, never changed once written; it names the people it mentions. */
@Entity
@Table(name = "article_comment")
public class ArticleComment {

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "comment_mention", joinColumns = @JoinColumn(name = "comment_id"))
    @Column(name = "username", nullable = false, length = 200)
    private Set<String> mentions = new LinkedHashSet<>();

    protected ArticleComment() {
    }

    public ArticleComment(UUID articleId, String author, String body, Set<String> mentions, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.author = author;
        this.body = body;
        this.mentions = new LinkedHashSet<>(mentions);
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getArticleId() {
        return articleId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getMentions() {
        return Set.copyOf(mentions);
    }
}
