package org.copydesk.publish.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row: one published version (or kill) for one channel, or one partner. Written in the transaction that
 * publishes; a node leases it, delivers it, and records the outcome. Its id is the webhook-id on every attempt, so
 * a re-send after a crash between sending and recording is recognisable as the same message.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    private UUID id;

    @Column(name = "article_id", nullable = false)
    private UUID articleId;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "partner_id")
    private UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DeliveryEvent event;

    @Column(nullable = false, length = 1000)
    private String headline;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "leased_by", length = 100)
    private String leasedBy;

    @Column(name = "leased_until")
    private Instant leasedUntil;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected Delivery() {
    }

    public Delivery(UUID articleId, int version, Channel channel, UUID partnerId, DeliveryEvent event, String headline,
                    String payload, Instant at) {
        this.id = UUID.randomUUID();
        this.articleId = articleId;
        this.version = version;
        this.channel = channel;
        this.partnerId = partnerId;
        this.event = event;
        this.headline = headline;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    public void delivered(Instant at) {
        this.attempts++;
        this.status = DeliveryStatus.DELIVERED;
        this.deliveredAt = at;
        this.lastError = null;
        release();
    }

    /** A failed attempt: tried again at {@code retryAt}, or dead when there is none. */
    public void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        if (retryAt == null) {
            this.status = DeliveryStatus.DEAD;
        } else {
            this.nextAttemptAt = retryAt;
        }
        release();
    }

    /** An admin sends a dead delivery again, with fresh attempts. */
    public void resend(Instant at) {
        this.status = DeliveryStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = at;
        release();
    }

    private void release() {
        this.leasedBy = null;
        this.leasedUntil = null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getArticleId() {
        return articleId;
    }

    public int getVersion() {
        return version;
    }

    public Channel getChannel() {
        return channel;
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public DeliveryEvent getEvent() {
        return event;
    }

    public String getHeadline() {
        return headline;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLeasedBy() {
        return leasedBy;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
