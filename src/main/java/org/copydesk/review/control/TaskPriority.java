package org.copydesk.review.control;

import java.util.List;

/**
 * A review task's priority as the inbox shows and orders it: the priority triage routed its article with, raised
 * one level for each escalation of the task. The engine keeps the raise on the task itself: its priority starts at
 * Flowable's default of 50 and each escalation adds 25, so a task that was never escalated shows its article's
 * priority unchanged, and the next task of the article starts again from it.
 */
public final class TaskPriority {

    /** Flowable's priority of a new task. */
    public static final int DEFAULT = 50;
    static final int RAISE = 25;
    static final int HIGHEST = 100;
    /** The article priorities, lowest first, as triage writes them. */
    static final List<String> LEVELS = List.of("LOW", "NORMAL", "HIGH", "URGENT");

    private TaskPriority() {
    }

    /** The engine priority of the task once it is escalated once more. */
    public static int raised(int taskPriority) {
        return Math.min(HIGHEST, Math.max(taskPriority, DEFAULT) + RAISE);
    }

    public static boolean isRaised(int taskPriority) {
        return taskPriority > DEFAULT;
    }

    /** The level shown for a task of this engine priority on an article of this priority (null or unknown: as is). */
    public static String shown(String articlePriority, int taskPriority) {
        int level = articlePriority == null ? -1 : LEVELS.indexOf(articlePriority);
        if (level < 0) {
            return articlePriority;
        }
        int raises = isRaised(taskPriority) ? (taskPriority - DEFAULT) / RAISE : 0;
        return LEVELS.get(Math.min(LEVELS.size() - 1, level + raises));
    }

    /**
     * {@link #shown} as an SQL rank over an article's priority column and the engine's task priority column: 0 for
     * urgent to 3 for low, 4 for an article with no known priority; what the inbox orders by.
     */
    public static String rankSql(String articlePriority, String taskPriority) {
        String articleRank = "case " + articlePriority + " when 'URGENT' then 0 when 'HIGH' then 1"
                + " when 'NORMAL' then 2 when 'LOW' then 3 else 4 end";
        return "(case when " + taskPriority + " > " + DEFAULT + " and " + articlePriority + " in ('LOW', 'NORMAL',"
                + " 'HIGH', 'URGENT') then greatest(0, " + articleRank + " - (" + taskPriority + " - " + DEFAULT + ") / "
                + RAISE + ") else " + articleRank + " end)";
    }

    /** {@link #shown} in SQL, over the same columns as {@link #rankSql}. */
    public static String shownSql(String articlePriority, String taskPriority) {
        return "(case " + rankSql(articlePriority, taskPriority) + " when 0 then 'URGENT' when 1 then 'HIGH'"
                + " when 2 then 'NORMAL' when 3 then 'LOW' else " + articlePriority + " end)";
    }
}
