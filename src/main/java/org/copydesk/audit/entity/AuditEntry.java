package org.copydesk.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.copydesk.workflow.entity.ArticleState;

/**
 * One thing that happened to an article: who did what, from which state to which, on which task. Sealed into its
 * chain once, as it is written (or at start-up for entries older than the seals), and never changed after.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    // taken from audit_entry_seq by the chains before the entry is sealed (the seal covers it), not on persist
    @Id
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

    @Column(name = "chain_key", length = 64)
    private String chainKey;

    @Column(name = "chain_seq")
    private Long chainSeq;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "entry_hash", length = 64)
    private String entryHash;

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

    /** Gives a new entry its id, once. */
    public void number(long newId) {
        if (id != null) {
            throw new IllegalStateException("Audit entry " + id + " has its id already");
        }
        id = newId;
    }

    /** Places the entry after the previous one of its chain and seals it; its id must be assigned already. */
    public void seal(String chain, long seq, String previous, AuditSeal seal) {
        if (id == null) {
            throw new IllegalStateException("An audit entry is numbered before it is sealed");
        }
        if (entryHash != null) {
            throw new IllegalStateException("Audit entry " + id + " is sealed already");
        }
        chainKey = chain;
        chainSeq = seq;
        previousHash = previous;
        entryHash = seal.of(link());
    }

    public ChainLink link() {
        return new ChainLink(id, chainKey, chainSeq, articleId == null ? null : articleId.toString(), actor,
                actorSubject, action.name(), fromState == null ? null : fromState.name(),
                toState == null ? null : toState.name(), taskId, taskKey, detail, occurredAt, previousHash, entryHash);
    }

    public String getChainKey() {
        return chainKey;
    }

    public Long getChainSeq() {
        return chainSeq;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getEntryHash() {
        return entryHash;
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
