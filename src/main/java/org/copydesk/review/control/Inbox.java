package org.copydesk.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.copydesk.review.entity.InboxFilter;
import org.copydesk.review.entity.InboxItem;
import org.copydesk.review.entity.InboxPage;
import org.copydesk.security.control.CurrentActor;
import org.copydesk.security.entity.Actor;
import org.copydesk.security.entity.Role;
import org.copydesk.workflow.entity.ReviewStep;

/**
 * A reviewer's inbox: the open tasks of their groups (for a supervisor, also those offered to the supervisors) with
 * the article each is about, filtered, ordered by priority (the article's, raised by escalations of the task) then
 * age and paged in the database. One query joins the engine's task table with the articles,
 * because the order (the article's priority) and the page (the task) live on both sides of that join.
 */
@ApplicationScoped
@Transactional
public class Inbox {

    private static final String FROM = " from ACT_RU_TASK t join article a on a.process_instance_id = t.PROC_INST_ID_"
            + " left join story s on s.id = a.story_id";
    /** The article's priority, raised for each escalation of the task. */
    private static final String PRIORITY_RANK = TaskPriority.rankSql("a.priority", "t.PRIORITY_");
    private static final String PRIORITY_SHOWN = TaskPriority.shownSql("a.priority", "t.PRIORITY_");
    /** A task offered to the supervisors: their group stands among its candidates. */
    private static final String OFFERED_TO_SUPERVISORS = "exists (select 1 from ACT_RU_IDENTITYLINK i"
            + " where i.TASK_ID_ = t.ID_ and i.TYPE_ = 'candidate' and i.GROUP_ID_ = :supervisors)";
    private static final Map<InboxFilter.Order, String> ORDER = Map.of(
            InboxFilter.Order.PRIORITY, PRIORITY_RANK + ", t.CREATE_TIME_, t.ID_",
            InboxFilter.Order.OLDEST, "t.CREATE_TIME_, t.ID_",
            InboxFilter.Order.NEWEST, "t.CREATE_TIME_ desc, t.ID_",
            InboxFilter.Order.TITLE, "lower(a.title), t.CREATE_TIME_, t.ID_");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor currentActor;

    @Inject
    TaskAccess access;

    public InboxPage of(InboxFilter filter, int page, int size) {
        Actor actor = currentActor.get();
        Set<String> keys = access.inboxTaskKeys(actor);
        if (keys.isEmpty() && !actor.hasRole(Role.SUPERVISOR)) {
            return new InboxPage(List.of(), page, size, 0, Map.of());
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, actor, keys, parameters);

        Map<String, Long> counts = new LinkedHashMap<>();
        for (ReviewStep step : ReviewStep.values()) {
            if (keys.contains(step.taskKey())) {
                counts.put(step.taskKey(), 0L);
            }
        }
        Query countQuery = em.createNativeQuery("select t.TASK_DEF_KEY_, count(*)" + FROM + where
                + " group by t.TASK_DEF_KEY_");
        parameters.forEach(countQuery::setParameter);
        for (Object row : countQuery.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }

        String onePage = where;
        if (filter.taskKey() != null) {
            onePage += " and t.TASK_DEF_KEY_ = :taskKey";
            parameters.put("taskKey", filter.taskKey());
        }
        long total = filter.taskKey() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(filter.taskKey(), 0L);
        Query items = em.createNativeQuery("select t.ID_, t.TASK_DEF_KEY_, t.NAME_, t.ASSIGNEE_, t.CREATE_TIME_,"
                + " cast(a.id as varchar(36)), a.title, a.state, a.language, a.desk, " + PRIORITY_SHOWN + ","
                + " cast(a.story_id as varchar(36)), s.title, t.DUE_DATE_, t.PRIORITY_"
                + FROM + onePage + " order by " + ORDER.get(filter.order()));
        parameters.forEach(items::setParameter);
        List<InboxItem> found = new ArrayList<>();
        for (Object row : items.setFirstResult(page * size).setMaxResults(size).getResultList()) {
            found.add(item((Object[]) row));
        }
        return new InboxPage(found, page, size, total, counts);
    }

    private static String where(InboxFilter filter, Actor actor, Set<String> keys, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where t.SUSPENSION_STATE_ = 1 and ");
        if (actor.hasRole(Role.SUPERVISOR)) {
            where.append(keys.isEmpty() ? OFFERED_TO_SUPERVISORS
                    : "(t.TASK_DEF_KEY_ in :keys or " + OFFERED_TO_SUPERVISORS + ")");
            parameters.put("supervisors", Role.SUPERVISOR);
        } else {
            where.append("t.TASK_DEF_KEY_ in :keys");
        }
        if (!keys.isEmpty()) {
            parameters.put("keys", keys);
        }
        switch (filter.scope()) {
            case AVAILABLE -> where.append(" and (t.ASSIGNEE_ is null or t.ASSIGNEE_ = :me)");
            case MINE -> where.append(" and t.ASSIGNEE_ = :me");
            case UNCLAIMED -> where.append(" and t.ASSIGNEE_ is null");
            case ALL -> { }
        }
        if (filter.scope() == InboxFilter.Scope.AVAILABLE || filter.scope() == InboxFilter.Scope.MINE) {
            parameters.put("me", actor.username());
        }
        if (filter.priority() != null) {
            where.append(" and " + PRIORITY_SHOWN + " = :priority");
            parameters.put("priority", filter.priority().toUpperCase(Locale.ROOT));
        }
        if (filter.desk() != null) {
            where.append(" and a.desk = :desk");
            parameters.put("desk", filter.desk().toUpperCase(Locale.ROOT));
        }
        if (filter.language() != null) {
            where.append(" and a.language = :language");
            parameters.put("language", filter.language().toLowerCase(Locale.ROOT));
        }
        if (filter.title() != null) {
            where.append(" and lower(a.title) like :title escape '\\'");
            parameters.put("title", "%" + filter.title().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private static InboxItem item(Object[] row) {
        return new InboxItem((String) row[0], (String) row[1], (String) row[2], (String) row[3], instant(row[4]),
                text(row[5]), (String) row[6], (String) row[7], (String) row[8], (String) row[9], (String) row[10],
                text(row[11]), (String) row[12], row[13] == null ? null : instant(row[13]),
                row[14] != null && TaskPriority.isRaised(((Number) row[14]).intValue()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The engine's create time as the database driver hands it over. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.atZone(ZoneId.systemDefault()).toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
