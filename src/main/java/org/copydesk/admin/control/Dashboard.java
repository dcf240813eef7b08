package org.copydesk.admin.control;

import static org.copydesk.platform.SqlValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.copydesk.admin.entity.DashboardView;
import org.copydesk.admin.entity.DayCount;
import org.copydesk.admin.entity.StepTime;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.workflow.entity.ArticleState;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.engine.TaskService;

/**
 * The desk's figures. Each is one grouped query on an index that starts with what it filters on: articles by
 * state (article_state_received), events per day from the audit trail by action and time (audit_entry_action),
 * contradictions by verdict and time (claim_link_verdict_created), late tasks per step on the engine's small
 * table of open tasks. Per-day figures and the time spent in each step cover the days asked for.
 */
@ApplicationScoped
@Transactional
public class Dashboard {

    public static final int MAX_DAYS = 366;

    static final String ARTICLES_PER_STATE = "select state, count(*) from article group by state";
    static final String EVENTS_PER_DAY = "select cast(occurred_at as date), count(*) from audit_entry"
            + " where action = ?1 and occurred_at >= ?2 group by cast(occurred_at as date)";
    /** One row per direction is stored; a contradiction is counted once, from the side with the lower claim id. */
    static final String CONTRADICTIONS_PER_DAY = "select cast(created_at as date), count(*) from claim_link"
            + " where verdict = 'CONTRADICT' and created_at >= ?1"
            + " and (other_claim_id is null or claim_id < other_claim_id)"
            + " group by cast(created_at as date)";
    /** Each state change of the period with the time of the change into the state it left. */
    static final String STEP_VISITS = "select e.article_id, e.to_state, e.occurred_at,"
            + " (select max(p.occurred_at) from audit_entry p where p.article_id = e.article_id"
            + " and p.action = ?1 and p.to_state = e.from_state and p.id < e.id)"
            + " , e.from_state from audit_entry e where e.action = ?1 and e.occurred_at >= ?2";

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    TaskService taskService;

    public DashboardView of(int days) {
        Instant now = Instant.now();
        LocalDate since = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(days - 1L);
        Timestamp from = Timestamp.from(since.atStartOfDay(ZoneOffset.UTC).toInstant());
        return new DashboardView(since, articlesByState(), overdueByGroup(now),
                perDay(auditEventsOn(AuditAction.PUBLISHED, from), since, days),
                perDay(contradictionsOn(from), since, days),
                perDay(auditEventsOn(AuditAction.CLAIM_RATED, from), since, days),
                timeInSteps(from));
    }

    private Map<String, Long> articlesByState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(ArticleState.values()).forEach(state -> counts.put(state.name(), 0L));
        counts.putAll(WorkflowMap.counts(entityManager.createNativeQuery(ARTICLES_PER_STATE).getResultList()));
        return counts;
    }

    private Map<String, Long> overdueByGroup(Instant now) {
        Map<String, Long> counts = new LinkedHashMap<>();
        java.util.Date date = java.util.Date.from(now);
        for (ReviewStep step : ReviewStep.values()) {
            long late = taskService.createTaskQuery().taskDefinitionKey(step.taskKey()).taskDueBefore(date).count();
            counts.merge(step.candidateGroup(), late, Long::sum);
        }
        return counts;
    }

    private List<?> auditEventsOn(AuditAction action, Timestamp from) {
        return entityManager.createNativeQuery(EVENTS_PER_DAY)
                .setParameter(1, action.name()).setParameter(2, from).getResultList();
    }

    private List<?> contradictionsOn(Timestamp from) {
        return entityManager.createNativeQuery(CONTRADICTIONS_PER_DAY)
                .setParameter(1, from).getResultList();
    }

    private static List<DayCount> perDay(List<?> rows, LocalDate since, int days) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (int day = 0; day < days; day++) {
            counts.put(since.plusDays(day), 0L);
        }
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.merge(dayOf(columns[0]), ((Number) columns[1]).longValue(), Long::sum);
        }
        return counts.entrySet().stream().map(entry -> new DayCount(entry.getKey(), entry.getValue())).toList();
    }

    private static LocalDate dayOf(Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return (LocalDate) value;
    }

    /**
     * From the trail's state changes: a visit to a step's state runs from the change into it to the change out of
     * it. Only visits that ended in the period count; their start may lie before it.
     */
    private List<StepTime> timeInSteps(Timestamp from) {
        List<?> rows = entityManager.createNativeQuery(STEP_VISITS)
                .setParameter(1, AuditAction.STATE_CHANGED.name()).setParameter(2, from).getResultList();
        Map<String, List<Long>> durations = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if (columns[3] != null && columns[4] != null) {
                long seconds = Duration.between(instant(columns[3]), instant(columns[2])).toSeconds();
                durations.computeIfAbsent((String) columns[4], state -> new ArrayList<>()).add(seconds);
            }
        }
        List<StepTime> times = new ArrayList<>();
        for (ReviewStep step : ReviewStep.values()) {
            if (step == ReviewStep.CORRECTION) {
                continue; // its state is PUBLISHED, where an article stays for good
            }
            List<Long> visits = durations.getOrDefault(step.articleState().name(), List.of());
            times.add(new StepTime(step.taskKey(), step.articleState().name(), visits.size(),
                    percentile(visits, 50), percentile(visits, 90)));
        }
        return times;
    }

    /** The nearest-rank percentile; 0 without visits. */
    static long percentile(List<Long> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
