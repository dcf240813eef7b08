package org.copydesk.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.copydesk.ingest.entity.Article;
import org.copydesk.platform.TransactionLocks;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The article behind a task, locked until the transaction ends, in one statement: reviewers acting on one article
 * take turns, and whoever comes second reads the task as the first one left it.
 */
@ApplicationScoped
public class TaskLocks {

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionLocks locks;

    /**
     * The row lock that keeps other writers of the article out but, on PostgreSQL, not the rows that refer to it:
     * a refusal is recorded in a transaction of its own, and its audit entry's reference to the article must not
     * wait for the lock its own request holds. (Hibernate takes the same lock for a pessimistic write.)
     */
    private String writeLock() {
        Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect();
        return dialect instanceof PostgreSQLDialect ? " for no key update" : " for update";
    }

    /** Locks the article whose workflow holds this open task; empty when no open task has this id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Article> lockArticleOf(String taskId) {
        @SuppressWarnings("unchecked")
        List<Article> locked = em.createNativeQuery("select * from article where process_instance_id ="
                        + " (select PROC_INST_ID_ from ACT_RU_TASK where ID_ = ?1)" + writeLock(), Article.class)
                .setParameter(1, taskId)
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Article article = locked.get(0);
        locks.hold(TransactionLocks.article(article.getId()));
        return Optional.of(article);
    }
}
