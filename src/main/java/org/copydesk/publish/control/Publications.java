package org.copydesk.publish.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.factcheck.control.ClaimLedger;
import org.copydesk.ingest.control.ArticleVersions;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.workflow.entity.ArticleState;
import org.copydesk.publish.entity.DeliveryEvent;
import org.copydesk.publish.entity.Publication;
import org.copydesk.publish.entity.PublicationVersion;
import org.copydesk.ingest.control.ArticleProgress;
import org.copydesk.security.control.CurrentActor;

/**
 * Publishing an article: the published version and one outbox row per channel and partner, in one transaction
 * with the article's new state and its audit entry.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Publications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Articles articles;

    @Inject
    ArticleVersions articleVersions;

    @Inject
    ArticleProgress progress;

    @Inject
    Outbox outbox;

    @Inject
    ClaimLedger ledger;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentActor currentActor;

    /** Publishes the article's working text as version 1; an article already published stays as it is. */
    public void publish(UUID articleId, Instant embargoedUntil) {
        Article article = articles.get(articleId);
        if (em.find(Publication.class, articleId) != null) {
            return;
        }
        Instant now = Instant.now();
        Publication publication = new Publication(articleId, Slugs.of(article.getTitle(), articleId),
                article.getTitle(), article.getWorkingText(), article.getLanguage(), article.getSource(),
                embargoedUntil, now);
        em.persist(publication);
        PublicationVersion first = new PublicationVersion(publication, null, currentActor.get().username());
        em.persist(first);
        int queued = outbox.enqueue(publication, DeliveryEvent.PUBLISHED, List.of(first), ledger.claimReviews(articleId));
        progress.moveTo(articleId, ArticleState.PUBLISHED, null, null);
        auditTrail.record(articleId, AuditAction.PUBLISHED, "version 1 as " + publication.getSlug()
                + (embargoedUntil == null ? "" : ", embargoed until " + embargoedUntil) + "; " + queued
                + " deliveries queued");
    }

    /**
     * A new version with its public correction note, delivered to every channel as an update of the same item.
     * The article's working text becomes the corrected text, as a new version of it.
     */
    public Publication correct(UUID articleId, String headline, String text, String note, String correctedBy) {
        Article article = articles.get(articleId);
        Publication publication = published(articleId);
        Instant now = Instant.now();
        publication.correct(headline == null ? publication.getHeadline() : headline,
                text == null ? publication.getBody() : text, now);
        if (text != null && !text.equals(article.getWorkingText())) {
            article.reviseWorkingText(text, now);
            articleVersions.add(article, "correction after publication: "
                    + (note.length() > 900 ? note.substring(0, 900) + "…" : note));
        }
        em.persist(new PublicationVersion(publication, note, correctedBy));
        em.flush();
        int queued = outbox.enqueue(publication, DeliveryEvent.UPDATED, versions(articleId),
                ledger.claimReviews(articleId));
        auditTrail.record(articleId, AuditAction.CORRECTED, "version " + publication.getVersion() + " by "
                + correctedBy + "; note: " + note + "; " + queued + " deliveries queued");
        return publication;
    }

    /** Takes the article off every channel, leaving the kill notice, and tells every partner. Final. */
    public Publication kill(UUID articleId, String notice, String killedBy) {
        Publication publication = published(articleId);
        publication.kill(notice, Instant.now());
        int queued = outbox.enqueue(publication, DeliveryEvent.KILLED, versions(articleId), List.of());
        progress.moveTo(articleId, ArticleState.KILLED, null, null);
        auditTrail.record(articleId, AuditAction.KILLED, killedBy + "; notice: " + notice + "; " + queued
                + " deliveries queued");
        return publication;
    }

    Publication published(UUID articleId) {
        Publication publication = em.find(Publication.class, articleId);
        if (publication == null || publication.isKilled()) {
            throw new IllegalStateException("Article " + articleId + " is not published");
        }
        return publication;
    }

    /** Every version readers were given, oldest first. */
    List<PublicationVersion> versions(UUID articleId) {
        return em.createQuery("select v from PublicationVersion v where v.articleId = :article order by v.version",
                PublicationVersion.class).setParameter("article", articleId).getResultList();
    }
}
