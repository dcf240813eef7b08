package org.copydesk.ingest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copydesk.domain.NotFound;
import org.copydesk.ingest.entity.Article;
import org.copydesk.ingest.entity.ArticleListItem;
import org.copydesk.platform.TransactionLocks;
import org.copydesk.workflow.entity.ArticleState;
import org.copydesk.web.Page;

/** Finds stored articles; reads run in a transaction too, so every connection is one Payara enlists. */
@ApplicationScoped
@Transactional
public class Articles {

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionLocks locks;

    public Article get(UUID id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new NotFound("article", id);
        }
        return article;
    }

    public Optional<Article> find(UUID id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public Optional<Article> bySourceAndHash(String source, String contentHash) {
        return em.createQuery("select a from Article a where a.source = :source and a.contentHash = :hash",
                        Article.class)
                .setParameter("source", source)
                .setParameter("hash", contentHash)
                .getResultStream()
                .findFirst();
    }

    public Optional<Article> byProcessInstance(String processInstanceId) {
        // not byProcessInstances of one: Hibernate plans a query with a list parameter anew on every call
        return em.createQuery("select a from Article a where a.processInstanceId = :id", Article.class)
                .setParameter("id", processInstanceId)
                .getResultStream()
                .findFirst();
    }

    public List<Article> byProcessInstances(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Article a where a.processInstanceId in :ids", Article.class)
                .setParameter("ids", processInstanceIds)
                .getResultList();
    }

    /** The article, read and locked in one statement, as {@link #lock(Article)} locks it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Article getLocked(UUID id) {
        Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw new NotFound("article", id);
        }
        locks.hold(TransactionLocks.article(id));
        return article;
    }

    /**
     * Locks the article until the transaction ends and brings it up to date as the previous lock holder left it, so
     * that two reviewers acting on one article at the same moment take turns and the second sees what the first left.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Article article) {
        em.refresh(article, LockModeType.PESSIMISTIC_WRITE);
        locks.hold(TransactionLocks.article(article.getId()));
    }

    public Page<ArticleListItem> list(ArticleState state, int page, int size) {
        String where = state == null ? "" : " where a.state = :state";
        TypedQuery<Article> items = em.createQuery(
                "select a from Article a" + where + " order by a.receivedAt desc, a.id", Article.class);
        TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + where, Long.class);
        if (state != null) {
            items.setParameter("state", state);
            count.setParameter("state", state);
        }
        List<ArticleListItem> found = items.setFirstResult(page * size).setMaxResults(size)
                .getResultStream().map(ArticleListItem::of).toList();
        return new Page<>(found, page, size, count.getSingleResult());
    }
}
