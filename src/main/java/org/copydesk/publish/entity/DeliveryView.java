package org.copydesk.publish.entity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A delivery as the delivery log and the dead-letter list show it, with its attempts. */
public record DeliveryView(UUID id, UUID articleId, int version, Channel channel, UUID partnerId, String partner,
                           String event, DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError,
                           Instant createdAt, Instant deliveredAt, List<Attempt> tries) {

    public record Attempt(Instant at, Integer statusCode, String error, int tookMs) {
        public static Attempt of(DeliveryAttempt attempt) {
            return new Attempt(attempt.getAttemptedAt(), attempt.getStatusCode(), attempt.getError(),
                    attempt.getTookMs());
        }
    }

    public static DeliveryView of(Delivery delivery, String partnerName, List<Attempt> tries) {
        return new DeliveryView(delivery.getId(), delivery.getArticleId(), delivery.getVersion(), delivery.getChannel(),
                delivery.getPartnerId(), partnerName, delivery.getEvent().type(), delivery.getStatus(),
                delivery.getAttempts(), delivery.getStatus() == DeliveryStatus.PENDING ? delivery.getNextAttemptAt() : null,
                delivery.getLastError(), delivery.getCreatedAt(), delivery.getDeliveredAt(), tries);
    }
}
