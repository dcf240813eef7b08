package org.copydesk.publish.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One version readers were given, with the public correction note that came with it (none for the first). */
@Entity
@Table(name = "publication_version")
@IdClass(PublicationVersion.Key.class)
public class PublicationVersion {

    public record Key(UUID articleId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "article_id")
    private UUID articleId;

    @Id
    private int version;

    @Column(nullable = false, length = 1000)
    private String headline;

    @Column(nullable = false)
    private String body;

    @Column(name = "correction_note", length = 4000)
    private String correctionNote;

    @Column(name = "published_by", nullable = false, length = 200)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected PublicationVersion() {
    }

    public PublicationVersion(Publication publication, String correctionNote, String publishedBy) {
        this.articleId = publication.getArticleId();
        this.version = publication.getVersion();
        this.headline = publication.getHeadline();
        this.body = publication.getBody();
        this.correctionNote = correctionNote;
        this.publishedBy = publishedBy;
        this.publishedAt = publication.getUpdatedAt();
    }

    public UUID getArticleId() {
        return articleId;
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

    public String getCorrectionNote() {
        return correctionNote;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
