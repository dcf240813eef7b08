package org.copydesk.publish.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try at a delivery, for the delivery log: the partner's answer or the error, and how long it took. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    @Id
    private UUID id;

    @Column(name = "delivery_id", nullable = false)
    private UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(length = 2000)
    private String error;

    @Column(name = "took_ms", nullable = false)
    private int tookMs;

    protected DeliveryAttempt() {
    }

    public DeliveryAttempt(UUID deliveryId, Instant attemptedAt, Integer statusCode, String error, int tookMs) {
        this.id = UUID.randomUUID();
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.statusCode = statusCode;
        this.error = error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
        this.tookMs = tookMs;
    }

    public UUID getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public String getError() {
        return error;
    }

    public int getTookMs() {
        return tookMs;
    }
}
