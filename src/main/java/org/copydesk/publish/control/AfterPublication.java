package org.copydesk.publish.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.copydesk.domain.Conflict;
import org.copydesk.domain.Invalid;
import org.copydesk.domain.NotAllowed;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.publish.entity.Publication;
import org.copydesk.publish.entity.PublicationView;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Actor;
import org.copydesk.security.entity.Role;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.Execution;

/**
 * Corrections and kills of a published article, asked for through the API: the role checks come first (a
 * publisher corrects; a kill needs an admin, or two different publishers), then the article's process takes its
 * correction or kill path, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class AfterPublication {

    static final int MAX_NOTE = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Articles articles;

    @Inject
    RuntimeService runtimeService;

    @Inject
    CurrentActor currentActor;

    @Inject
    AuditTrail auditTrail;

    public PublicationView correct(UUID articleId, String headline, String text, String note) {
        Actor actor = currentActor.get();
        articles.get(articleId);
        if (!actor.hasRole(Role.PUBLISHER)) {
            refuse(actor, articleId, "only a publisher corrects a published article");
        }
        String publicNote = required("note", note);
        if (headline != null && (headline.isBlank() || headline.length() > 1000)) {
            throw new Invalid("'headline' must be 1 to 1000 characters");
        }
        if (text != null && text.isBlank()) {
            throw new Invalid("'text' must not be blank");
        }
        if (headline == null && text == null) {
            throw new Invalid("A correction changes the 'headline', the 'text' or both");
        }
        Publication publication = lockPublished(articleId);
        Map<String, Object> variables = new HashMap<>();
        variables.put(EditorialReview.VAR_CORRECTION_HEADLINE, headline == null ? null : headline.strip());
        variables.put(EditorialReview.VAR_CORRECTION_TEXT, text);
        variables.put(EditorialReview.VAR_CORRECTION_NOTE, publicNote);
        variables.put(EditorialReview.VAR_ACTED_BY, actor.username());
        deliver(articleId, EditorialReview.MESSAGE_CORRECT, variables);
        return PublicationView.of(publication, "PUBLISHED");
    }

    /** An admin kills at once; a publisher's first request waits for a second, different publisher to confirm. */
    public PublicationView kill(UUID articleId, String reason) {
        Actor actor = currentActor.get();
        articles.get(articleId);
        if (!actor.isAdmin() && !actor.hasRole(Role.PUBLISHER)) {
            refuse(actor, articleId, "only an admin or two publishers kill a published article");
        }
        String notice = required("reason", reason);
        Publication publication = lockPublished(articleId);
        String killedBy;
        if (actor.isAdmin()) {
            killedBy = "admin " + actor.username();
        } else if (publication.getKillRequestedBy() == null) {
            publication.requestKill(actor.username(), notice);
            auditTrail.record(articleId, AuditAction.KILL_REQUESTED, "by " + actor.username() + "; reason: " + notice
                    + "; a second publisher confirms");
            return PublicationView.of(publication, "PUBLISHED");
        } else if (publication.getKillRequestedBy().equals(actor.username())) {
            throw new Conflict("The kill of article " + articleId + " was asked for by "
                    + actor.username() + "; a second, different publisher (or an admin) must confirm it");
        } else {
            killedBy = "publishers " + publication.getKillRequestedBy() + " and " + actor.username();
            notice = publication.getKillRequestReason().equals(notice) ? notice
                    : publication.getKillRequestReason() + " " + notice;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(EditorialReview.VAR_KILL_NOTICE, notice.length() > MAX_NOTE ? notice.substring(0, MAX_NOTE)
                : notice);
        variables.put(EditorialReview.VAR_KILLED_BY, killedBy);
        deliver(articleId, EditorialReview.MESSAGE_KILL, variables);
        return PublicationView.of(publication, "KILLED");
    }

    private Publication lockPublished(UUID articleId) {
        Article article = articles.get(articleId);
        articles.lock(article);
        Publication publication = em.find(Publication.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        if (publication == null) {
            throw new Conflict("Article " + articleId + " is " + article.getState()
                    + ", not published");
        }
        if (publication.isKilled()) {
            throw new Conflict("Article " + articleId + " was killed");
        }
        return publication;
    }

    /** Hands the request to the article's process, which waits for it while the article is published. */
    private void deliver(UUID articleId, String message, Map<String, Object> variables) {
        String process = articles.get(articleId).getProcessInstanceId();
        Execution waiting = runtimeService.createExecutionQuery()
                .processInstanceId(process)
                .messageEventSubscriptionName(message)
                .singleResult();
        if (waiting == null && runtimeService.createProcessInstanceQuery().processInstanceId(process).count() == 0) {
            throw new Conflict("Article " + articleId + " was published by an earlier version of the workflow, which"
                    + " ended there and has no correction or kill path");
        }
        if (waiting == null) {
            throw new Conflict("Article " + articleId + " is still being published; try again shortly");
        }
        runtimeService.messageEventReceived(message, waiting.getId(), variables);
    }

    private void refuse(Actor actor, UUID articleId, String reason) {
        auditTrail.recordRefusal(articleId, null, null, reason);
        throw new NotAllowed(actor.username() + " may not do this: " + reason);
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new Invalid("'" + field + "' is required: readers are told why");
        }
        if (text.length() > MAX_NOTE) {
            throw new Invalid("'" + field + "' is longer than " + MAX_NOTE + " characters");
        }
        return text.strip();
    }
}
