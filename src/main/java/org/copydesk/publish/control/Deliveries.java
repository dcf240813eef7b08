package org.copydesk.publish.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.copydesk.domain.Conflict;
import org.copydesk.domain.NotFound;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.ingest.control.Articles;
import org.copydesk.publish.entity.Channel;
import org.copydesk.publish.entity.ChannelItem;
import org.copydesk.publish.entity.Delivery;
import org.copydesk.publish.entity.DeliveryAttempt;
import org.copydesk.publish.entity.DeliveryEvent;
import org.copydesk.publish.entity.DeliveryStatus;
import org.copydesk.publish.entity.DeliveryView;
import org.copydesk.publish.entity.OutboxWritten;
import org.copydesk.publish.entity.Partner;
import org.copydesk.publish.entity.Publication;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivering one leased outbox row and recording what came of it, each in a short transaction of its own (no
 * transaction stays open while a partner answers); the delivery log and the dead letters for admins.
 */
@ApplicationScoped
public class Deliveries {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Articles articles;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    @ConfigProperty(name = "copydesk.publish.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "copydesk.publish.retry-base-millis", defaultValue = "2000")
    long retryBaseMillis;

    @Inject
    @ConfigProperty(name = "copydesk.publish.retry-max-millis", defaultValue = "3600000")
    long retryMaxMillis;

    /** What a node needs to send a leased webhook. */
    public record Parcel(UUID id, Channel channel, String url, String secret, String payload) {
    }

    /** The leased row, unless it was delivered or its lease passed to another node meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Parcel> parcel(UUID id, String node) {
        Delivery delivery = em.find(Delivery.class, id);
        if (delivery == null || delivery.getStatus() != DeliveryStatus.PENDING || !node.equals(delivery.getLeasedBy())) {
            return Optional.empty();
        }
        Partner partner = delivery.getPartnerId() == null ? null : em.find(Partner.class, delivery.getPartnerId());
        return Optional.of(new Parcel(id, delivery.getChannel(), partner == null ? null : partner.getUrl(),
                partner == null ? null : partner.getSecret(), delivery.getPayload()));
    }

    /**
     * A pull channel takes the version in the transaction that records the delivery, so the two cannot part; an
     * older version never replaces a newer one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void deliverToChannel(UUID id) {
        long started = System.nanoTime();
        Delivery delivery = em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.getStatus() != DeliveryStatus.PENDING) {
            return;
        }
        Publication publication = em.find(Publication.class, delivery.getArticleId());
        ChannelItem.Key key = new ChannelItem.Key(delivery.getChannel(), delivery.getArticleId());
        ChannelItem item = em.find(ChannelItem.class, key, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        boolean first = item == null;
        if (first) {
            item = new ChannelItem(delivery.getChannel(), delivery.getArticleId(), publication.getSlug(),
                    publication.visibleFrom(), publication.getFirstPublishedAt());
        }
        item.take(delivery.getVersion(), delivery.getHeadline(), delivery.getPayload(), etag(delivery.getPayload()),
                delivery.getEvent() == DeliveryEvent.KILLED, now);
        if (first) {
            em.persist(item);
        }
        delivery.delivered(now);
        em.persist(new DeliveryAttempt(id, now, null, null, tookMs(started)));
    }

    /** Records an attempt: delivered, tried again after a growing wait, or dead after the last attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(UUID id, WebhookSender.Outcome outcome) {
        Delivery delivery = em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            return;
        }
        Instant now = Instant.now();
        em.persist(new DeliveryAttempt(id, now, outcome.statusCode(), outcome.error(), outcome.tookMs()));
        if (delivery.getStatus() != DeliveryStatus.PENDING) {
            return;
        }
        if (outcome.delivered()) {
            delivery.delivered(now);
            return;
        }
        boolean last = delivery.getAttempts() + 1 >= maxAttempts;
        Duration wait = new Backoff(Duration.ofMillis(retryBaseMillis), Duration.ofMillis(retryMaxMillis))
                .after(delivery.getAttempts() + 1, ThreadLocalRandom.current());
        delivery.failed(outcome.error(), last ? null : now.plus(wait));
        if (last) {
            auditTrail.record(delivery.getArticleId(), AuditAction.DELIVERY_DEAD, delivery.getChannel() + " delivery "
                    + id + " of version " + delivery.getVersion() + " failed " + delivery.getAttempts()
                    + " times; last: " + outcome.error());
        }
    }

    /** Every delivery of an article, newest first, with its attempts. */
    @Transactional
    public List<DeliveryView> ofArticle(UUID articleId) {
        articles.get(articleId);
        return views(em.createQuery("select d from Delivery d where d.articleId = :article"
                + " order by d.createdAt desc, d.channel, d.id", Delivery.class)
                .setParameter("article", articleId).getResultList());
    }

    /** Deliveries that failed on every attempt, oldest first. */
    @Transactional
    public List<DeliveryView> dead() {
        return views(em.createQuery("select d from Delivery d where d.status = :dead order by d.createdAt, d.id",
                Delivery.class).setParameter("dead", DeliveryStatus.DEAD).setMaxResults(500).getResultList());
    }

    /** An admin sends a dead delivery again, with the same webhook-id and fresh attempts. */
    @Transactional
    public DeliveryView resend(UUID id) {
        Delivery delivery = em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            throw new NotFound("delivery", id);
        }
        if (delivery.getStatus() != DeliveryStatus.DEAD) {
            throw new Conflict("Delivery " + id + " is " + delivery.getStatus() + ", not DEAD");
        }
        delivery.resend(Instant.now());
        auditTrail.record(delivery.getArticleId(), AuditAction.DELIVERY_RESENT, delivery.getChannel()
                + " delivery " + id + " of version " + delivery.getVersion() + " sent again");
        written.fire(new OutboxWritten(1));
        return views(List.of(delivery)).get(0);
    }

    private List<DeliveryView> views(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = deliveries.stream().map(Delivery::getId).toList();
        Map<UUID, List<DeliveryView.Attempt>> tries = em.createQuery("select a from DeliveryAttempt a"
                        + " where a.deliveryId in :ids order by a.attemptedAt", DeliveryAttempt.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(DeliveryAttempt::getDeliveryId,
                        Collectors.mapping(DeliveryView.Attempt::of, Collectors.toList())));
        Map<UUID, String> partners = em.createQuery("select p from Partner p", Partner.class).getResultStream()
                .collect(Collectors.toMap(Partner::getId, Partner::getName, (a, b) -> a));
        return deliveries.stream().map(d -> DeliveryView.of(d, d.getPartnerId() == null ? null
                : partners.get(d.getPartnerId()), tries.getOrDefault(d.getId(), List.of()))).toList();
    }

    static String etag(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int tookMs(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
