package org.copydesk.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.copydesk.domain.NotFound;
import org.copydesk.ingest.entity.Article;
import org.copydesk.review.entity.Notification;
import org.copydesk.review.entity.NotificationList;
import org.copydesk.review.entity.NotificationView;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Actor;

/** What each person is told about articles: written with what caused it, read and marked read by them alone. */
@ApplicationScoped
@Transactional
public class Notifications {

    static final int MOST_SHOWN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    /** Tells the person, unless they caused it themselves. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(String recipient, Notification.Kind kind, Article article, String detail) {
        Actor actor = currentActor.get();
        if (recipient == null || recipient.equals(actor.username())) {
            return;
        }
        em.persist(new Notification(recipient, kind, article.getId(), article.getTitle(), actor.username(), detail,
                Instant.now()));
    }

    /** The caller's latest notifications, newest first, only the unread ones if asked. */
    public NotificationList mine(boolean unreadOnly) {
        String me = currentActor.get().username();
        long unread = em.createQuery("select count(n) from Notification n where n.recipient = :me and n.readAt is null",
                Long.class).setParameter("me", me).getSingleResult();
        return new NotificationList(unread, em.createQuery("select n from Notification n where n.recipient = :me"
                        + (unreadOnly ? " and n.readAt is null" : "") + " order by n.createdAt desc, n.id",
                        Notification.class)
                .setParameter("me", me).setMaxResults(MOST_SHOWN).getResultStream().map(NotificationView::of).toList());
    }

    /** Marks one of the caller's notifications read; another person's is as unknown to them as a missing one. */
    public NotificationView markRead(UUID id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || !notification.getRecipient().equals(currentActor.get().username())) {
            throw new NotFound("notification", id.toString());
        }
        notification.markRead(Instant.now());
        return NotificationView.of(notification);
    }

    /** Marks all of the caller's notifications read; returns how many were unread. */
    public int markAllRead() {
        return em.createQuery("update Notification n set n.readAt = :now where n.recipient = :me and n.readAt is null")
                .setParameter("now", Instant.now()).setParameter("me", currentActor.get().username()).executeUpdate();
    }
}
