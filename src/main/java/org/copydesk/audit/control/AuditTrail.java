package org.copydesk.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.audit.entity.AuditEntry;
import org.copydesk.audit.entity.AuditEntryView;
import org.copydesk.workflow.entity.ArticleState;
import org.copydesk.platform.NodeName;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Actor;

/** Records what happened to an article, always inside the transaction of the change it describes. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    NodeName nodeName;

    @Inject
    AuditChains chains;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID articleId, AuditAction action, String detail) {
        record(articleId, action, null, null, null, null, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordStateChange(UUID articleId, ArticleState from, ArticleState to, String taskId, String taskKey) {
        record(articleId, AuditAction.STATE_CHANGED, from, to, taskId, taskKey, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordTaskAction(UUID articleId, AuditAction action, String taskId, String taskKey, String detail) {
        record(articleId, action, null, null, taskId, taskKey, detail);
    }

    /**
     * Records a refusal in a transaction of its own: the refused action rolls back, its refusal stays.
     * Call it before taking locks the refused action would hold, or the two transactions wait on each other.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(UUID articleId, String taskId, String taskKey, String reason) {
        record(articleId, AuditAction.ACCESS_REFUSED, null, null, taskId, taskKey, reason);
    }

    /** Entries of these kinds that belong to no article, oldest first. */
    @Transactional
    public List<AuditEntryView> ofAdminChanges(Collection<AuditAction> actions) {
        return em.createQuery("select e from AuditEntry e where e.articleId is null and e.action in :actions"
                        + " order by e.id", AuditEntry.class)
                .setParameter("actions", actions)
                .getResultStream()
                .map(AuditEntryView::of)
                .toList();
    }

    /** An entry about the desk itself (its settings, its people, its partners) rather than one article. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDeskChange(AuditAction action, String detail) {
        record(null, action, null, null, null, null, detail);
    }

    /**
     * Who completed tasks of these kinds on the article, as (username, subject) pairs. The same read brings the head
     * of the article's audit chain, which the transaction's next entry on the article links to.
     */
    @Transactional
    public List<Actor> completersOf(UUID articleId, Collection<String> taskKeys) {
        String chain = articleId.toString();
        // the keys are matched here, not in the query: Hibernate plans a query with a list parameter anew on every
        // call, and an article has only a few completions
        List<Object[]> rows = em.createQuery("select e.actor, e.actorSubject, e.taskKey, e.action, e.chainSeq,"
                        + " e.entryHash from AuditEntry e where e.articleId = :article and (e.action = :completed"
                        + " or e.chainKey = :chain and e.chainSeq ="
                        + " (select max(h.chainSeq) from AuditEntry h where h.chainKey = :chain))", Object[].class)
                .setParameter("article", articleId)
                .setParameter("completed", AuditAction.TASK_COMPLETED)
                .setParameter("chain", chain)
                .getResultList();
        // every row is an entry of the article's chain: the one furthest along is its head
        rows.stream().filter(row -> row[4] != null).max(Comparator.comparingLong(row -> (Long) row[4]))
                .ifPresent(head -> chains.headRead(chain, (Long) head[4], (String) head[5]));
        return rows.stream()
                .filter(row -> row[3] == AuditAction.TASK_COMPLETED && taskKeys.contains((String) row[2]))
                .map(row -> new Actor((String) row[0], (String) row[1], Set.of()))
                .distinct()
                .toList();
    }

    /** Whether someone completed this task: the workflow engine keeps no history, the audit trail does. */
    @Transactional
    public boolean wasCompleted(String taskId) {
        return !em.createQuery("select e.id from AuditEntry e where e.taskId = :task and e.action = :completed",
                        Long.class)
                .setParameter("task", taskId)
                .setParameter("completed", AuditAction.TASK_COMPLETED)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private void record(UUID articleId, AuditAction action, ArticleState from, ArticleState to,
                        String taskId, String taskKey, String detail) {
        Actor actor = currentActor.get();
        if (Actor.SYSTEM.equals(actor)) {
            // automatic steps run on whichever node took their job; an operator tracing a crash needs which
            String node = "on node " + nodeName.get();
            detail = detail == null ? node : detail + "; " + node;
        }
        // the database keeps microseconds: the seal is taken over what will be read back
        AuditEntry entry = new AuditEntry(articleId, actor.username(), actor.subject(), action, from, to, taskId,
                taskKey, detail, Instant.now().truncatedTo(ChronoUnit.MICROS));
        // sealed first, so that it is written once, as sealed
        chains.append(entry);
        em.persist(entry);
    }

    @Transactional
    public List<AuditEntryView> of(UUID articleId) {
        return em.createQuery("select e from AuditEntry e where e.articleId = :article order by e.id", AuditEntry.class)
                .setParameter("article", articleId)
                .getResultStream()
                .map(AuditEntryView::of)
                .toList();
    }
}
