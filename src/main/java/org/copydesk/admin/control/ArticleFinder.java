package org.copydesk.admin.control;

import static org.copydesk.platform.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.copydesk.admin.entity.AdminArticleView;
import org.copydesk.admin.entity.ArticleQuery;
import org.copydesk.review.control.TaskPriority;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Page;

/**
 * Finds articles for an admin by state, story, desk, age, the holder of their open task and lateness: one query
 * over the article table (indexed by state, story and desk with the arrival time) joined to the engine's open
 * task of each article, oldest first by default, since what waits longest is what an admin looks for.
 */
@ApplicationScoped
@Transactional
public class ArticleFinder {

    private static final String FROM = " from article a left join ACT_RU_EXECUTION p on p.ID_ = a.process_instance_id"
            + " left join ACT_RU_TASK t on t.PROC_INST_ID_ = a.process_instance_id";

    @PersistenceContext
    EntityManager entityManager;

    public Page<AdminArticleView> find(ArticleQuery query, int page, int size) {
        Instant now = Instant.now();
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(query, now, parameters);
        Query rows = entityManager.createNativeQuery("select cast(a.id as varchar(36)), a.title, a.state, a.desk,"
                + " cast(a.story_id as varchar(36)), " + TaskPriority.shownSql("a.priority", "t.PRIORITY_") + ","
                + " a.received_at, p.PROC_DEF_ID_, t.ID_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.DUE_DATE_, t.PRIORITY_,"
                + " (select count(*) from ACT_RU_IDENTITYLINK i where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate'"
                + " and i.GROUP_ID_ = '" + Role.SUPERVISOR + "')" + FROM + where
                + (query.newestFirst() ? " order by a.received_at desc, a.id" : " order by a.received_at, a.id"));
        Query count = entityManager.createNativeQuery("select count(*)" + FROM + where);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<?> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<AdminArticleView> items = found.stream().map(row -> view((Object[]) row, now)).toList();
        return new Page<>(items, page, size, ((Number) count.getSingleResult()).longValue());
    }

    private static String where(ArticleQuery query, Instant now, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.state() != null) {
            where.append(" and a.state = :state");
            parameters.put("state", query.state().name());
        }
        if (query.story() != null) {
            where.append(" and a.story_id = :story");
            parameters.put("story", query.story());
        }
        if (query.desk() != null) {
            where.append(" and a.desk = :desk");
            parameters.put("desk", query.desk());
        }
        if (query.olderThan() != null) {
            where.append(" and a.received_at < :receivedBefore");
            parameters.put("receivedBefore", Timestamp.from(now.minus(query.olderThan())));
        }
        if (ArticleQuery.NOBODY.equals(query.assignee())) {
            where.append(" and t.ID_ is not null and t.ASSIGNEE_ is null");
        } else if (query.assignee() != null) {
            where.append(" and t.ASSIGNEE_ = :assignee");
            parameters.put("assignee", query.assignee());
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " and t.DUE_DATE_ < :now"
                    : " and (t.DUE_DATE_ is null or t.DUE_DATE_ >= :now)");
            parameters.put("now", Timestamp.from(now));
        }
        return where.toString();
    }

    private static AdminArticleView view(Object[] row, Instant now) {
        Instant due = row[11] == null ? null : instant(row[11]);
        return new AdminArticleView((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], instant(row[6]), (String) row[7],
                (String) row[8], (String) row[9], (String) row[10], due, due != null && due.isBefore(now),
                row[12] != null && TaskPriority.isRaised(((Number) row[12]).intValue()),
                row[13] != null && ((Number) row[13]).longValue() > 0);
    }
}
