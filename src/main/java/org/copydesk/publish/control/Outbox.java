package org.copydesk.publish.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.copydesk.publish.entity.Channel;
import org.copydesk.publish.entity.Delivery;
import org.copydesk.publish.entity.DeliveryEvent;
import org.copydesk.publish.entity.DeliveryStatus;
import org.copydesk.publish.entity.OutboxWritten;
import org.copydesk.publish.entity.Partner;
import org.copydesk.publish.entity.Publication;
import org.copydesk.publish.entity.PublicationVersion;

/**
 * The delivery outbox. Rows are written in the transaction that publishes, corrects or kills, so a version is
 * delivered if and only if it was published; any node then leases due rows through the shared database, one
 * lease per row, and a lease that runs out (the node died) lets another node take the row again.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Renditions renditions;

    @Inject
    Event<OutboxWritten> written;

    /** One delivery per pull channel and per active partner for the publication's current version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(Publication publication, DeliveryEvent event, List<PublicationVersion> versions,
                       List<JsonObject> claimReviews) {
        Instant now = Instant.now();
        JsonObject ninjs = renditions.ninjs(publication, versions);
        List<Delivery> deliveries = new ArrayList<>();
        deliveries.add(delivery(publication, Channel.API, null, event, ninjs.toString(), now));
        deliveries.add(delivery(publication, Channel.FEED, null, event,
                renditions.feedEntry(publication, versions), now));
        deliveries.add(delivery(publication, Channel.PAGE, null, event,
                renditions.page(publication, versions, claimReviews), now));
        String body = renditions.webhookBody(event.type(), now, ninjs);
        for (Partner partner : em.createQuery("select p from Partner p where p.active = true order by p.createdAt",
                Partner.class).getResultList()) {
            deliveries.add(delivery(publication, Channel.WEBHOOK, partner.getId(), event, body, now));
        }
        deliveries.forEach(em::persist);
        written.fire(new OutboxWritten(deliveries.size()));
        return deliveries.size();
    }

    private static Delivery delivery(Publication publication, Channel channel, UUID partner, DeliveryEvent event,
                                     String payload, Instant at) {
        String headline = publication.isKilled() ? "Withdrawn: " + publication.getHeadline() : publication.getHeadline();
        return new Delivery(publication.getArticleId(), publication.getVersion(), channel, partner, event,
                headline.length() > 1000 ? headline.substring(0, 1000) : headline, payload, at);
    }

    /**
     * Leases up to {@code max} due deliveries for this node, each by a conditional update that only one node can
     * win; returns their ids.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> lease(String node, int max, Duration leaseTime) {
        Instant now = Instant.now();
        List<UUID> due = em.createQuery("select d.id from Delivery d where d.status = :pending"
                        + " and d.nextAttemptAt <= :now and (d.leasedUntil is null or d.leasedUntil < :now)"
                        + " order by d.nextAttemptAt, d.createdAt", UUID.class)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        List<UUID> leased = new ArrayList<>();
        for (UUID id : due) {
            int won = em.createQuery("update Delivery d set d.leasedBy = :node, d.leasedUntil = :until"
                            + " where d.id = :id and d.status = :pending"
                            + " and (d.leasedUntil is null or d.leasedUntil < :now)")
                    .setParameter("node", node)
                    .setParameter("until", now.plus(leaseTime))
                    .setParameter("id", id)
                    .setParameter("pending", DeliveryStatus.PENDING)
                    .setParameter("now", now)
                    .executeUpdate();
            if (won == 1) {
                leased.add(id);
            }
        }
        return leased;
    }

    /** When the next delivery falls due, so an idle node knows how long it may sleep. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant nextDue() {
        Instant next = em.createQuery("select min(d.nextAttemptAt) from Delivery d where d.status = :pending",
                Instant.class).setParameter("pending", DeliveryStatus.PENDING).getSingleResult();
        return next == null ? Instant.MAX : next;
    }
}
