package org.copydesk.publish.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * What a pull channel shows of one article: replaced whole by a newer version, never by an older one, so a late
 * or repeated delivery changes nothing and readers never see an article twice or half of one.
 */
@Entity
@Table(name = "channel_item")
@IdClass(ChannelItem.Key.class)
public class ChannelItem {

    public record Key(Channel channel, UUID articleId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

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
    private String content;

    @Column(nullable = false, length = 80)
    private String etag;

    @Column(nullable = false)
    private boolean killed;

    @Column(name = "visible_from", nullable = false)
    private Instant visibleFrom;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelItem() {
    }

    public ChannelItem(Channel channel, UUID articleId, String slug, Instant visibleFrom, Instant publishedAt) {
        this.channel = channel;
        this.articleId = articleId;
        this.slug = slug;
        this.visibleFrom = visibleFrom;
        this.publishedAt = publishedAt;
    }

    /** Takes a version's content unless this one is already as new; returns whether it did. */
    public boolean take(int newVersion, String newHeadline, String newContent, String newEtag, boolean isKilled,
                        Instant at) {
        if (newVersion <= version) {
            return false;
        }
        this.version = newVersion;
        this.headline = newHeadline;
        this.content = newContent;
        this.etag = newEtag;
        this.killed = isKilled;
        this.updatedAt = at;
        return true;
    }

    public Channel getChannel() {
        return channel;
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

    public String getContent() {
        return content;
    }

    public String getEtag() {
        return etag;
    }

    public boolean isKilled() {
        return killed;
    }

    public Instant getVisibleFrom() {
        return visibleFrom;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
