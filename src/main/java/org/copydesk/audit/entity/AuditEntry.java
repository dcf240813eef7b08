package org.copydesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.copydesk.workflow.entity.ArticleState;

/** One thing that happened to an article: who did what, from which state to which, on which task. Never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "article_id")
    private UUID articleId;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(name = "actor_subject", length = 200)
    private String actorSubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private ArticleState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", length = 20)
    private ArticleState toState;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "task_key", length = 64)
    private String taskKey;

    @Column(length = 4000)
    private String detail;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected AuditEntry() {
    }

    public AuditEntry(UUID articleId, String actor, String actorSubject, AuditAction action,
                      ArticleState fromState, ArticleState toState, String taskId, String taskKey,
                      String detail, Instant occurredAt) {
        this.articleId = articleId;
        this.actor = actor;
        this.actorSubject = actorSubject;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.taskId = taskId;
        this.taskKey = taskKey;
        this.detail = detail;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public UUID getArticleId() {
        return articleId;
    }

    public String getActor() {
        return actor;
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public AuditAction getAction() {
        return action;
    }

    public ArticleState getFromState() {
        return fromState;
    }

    public ArticleState getToState() {
        return toState;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
