package org.copydesk.publish.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A published article as it stands: the latest version readers were given, its embargo and its kill. A correction
 * raises the version; a kill is final. A kill asked for by one publisher waits for a second, different one.
 */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    @Column(name = "article_id")
    private UUID articleId;

    @Column(nullable = false, length = 120)
    private String slug;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 1000)
    private String headline;

    @Column(nullable = false)
    private String body;

    @Column(length = 16)
    private String language;

    @Column(nullable = false, length = 200)
    private String source;

    @Column(name = "first_published_at", nullable = false)
    private Instant firstPublishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "embargoed_until")
    private Instant embargoedUntil;

    @Column(name = "killed_at")
    private Instant killedAt;

    @Column(name = "kill_notice", length = 4000)
    private String killNotice;

    @Column(name = "kill_requested_by", length = 200)
    private String killRequestedBy;

    @Column(name = "kill_request_reason", length = 4000)
    private String killRequestReason;

    protected Publication() {
    }

    public Publication(UUID articleId, String slug, String headline, String body, String language, String source,
                       Instant embargoedUntil, Instant at) {
        this.articleId = articleId;
        this.slug = slug;
        this.version = 1;
        this.headline = headline;
        this.body = body;
        this.language = language;
        this.source = source;
        this.firstPublishedAt = at;
        this.updatedAt = at;
        this.embargoedUntil = embargoedUntil;
    }

    public void correct(String correctedHeadline, String correctedBody, Instant at) {
        this.version++;
        this.headline = correctedHeadline;
        this.body = correctedBody;
        this.updatedAt = at;
    }

    public void requestKill(String publisher, String reason) {
        this.killRequestedBy = publisher;
        this.killRequestReason = reason;
    }

    public void kill(String notice, Instant at) {
        this.version++;
        this.killNotice = notice;
        this.killedAt = at;
        this.updatedAt = at;
    }

    public boolean isKilled() {
        return killedAt != null;
    }

    /** Readers see it from this moment: its first publication, or the end of its embargo. */
    public Instant visibleFrom() {
        return embargoedUntil != null && embargoedUntil.isAfter(firstPublishedAt) ? embargoedUntil : firstPublishedAt;
    }

    public UUID getArticleId() {
        return articleId;
    }

    public String getSlug() {
        return slug;
    }

    public int getVersion() {
        return version;
    }

    public String getHeadline() {
        return headline;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public String getSource() {
        return source;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getEmbargoedUntil() {
        return embargoedUntil;
    }

    public Instant getKilledAt() {
        return killedAt;
    }

    public String getKillNotice() {
        return killNotice;
    }

    public String getKillRequestedBy() {
        return killRequestedBy;
    }

    public String getKillRequestReason() {
        return killRequestReason;
    }
}
