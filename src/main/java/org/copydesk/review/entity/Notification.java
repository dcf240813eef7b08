package org.copydesk.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something a person should know about an article, written in the transaction of what caused it; it stays unread
 * until they mark it read, and is never deleted.
 */
@Entity
@Table(name = "notification")
public class Notification {

    /**
     * What happened to the person: mentioned, handed a task, an article they handled sent back, a task of their
     * group (or, for admins, any task) overdue, a late task offered to them as a supervisor.
     */
    public enum Kind { MENTION, ASSIGNED, SENT_BACK, OVERDUE, OFFERED }

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Column(name = "article_title", nullable = false, length = 1000)
    private String articleTitle;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(length = 4000)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, Kind kind, UUID articleId, String articleTitle, String actor, String detail,
                        Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.kind = kind;
        this.articleId = articleId;
        this.articleTitle = articleTitle;
        this.actor = actor;
        this.detail = detail;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public UUID getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Kind getKind() {
        return kind;
    }

    public UUID getArticleId() {
        return articleId;
    }

    public String getArticleTitle() {
        return articleTitle;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
