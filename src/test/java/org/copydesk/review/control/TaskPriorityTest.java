package org.copydesk.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskPriorityTest {

    @Test
    void anEscalationRaisesTheShownPriorityOneLevelAboveTheArticlesUpToUrgent() {
        int once = TaskPriority.raised(TaskPriority.DEFAULT);
        int twice = TaskPriority.raised(once);
        assertEquals("NORMAL", TaskPriority.shown("NORMAL", TaskPriority.DEFAULT));
        assertEquals("HIGH", TaskPriority.shown("NORMAL", once));
        assertEquals("URGENT", TaskPriority.shown("NORMAL", twice));
        assertEquals("NORMAL", TaskPriority.shown("LOW", once));
        assertEquals("URGENT", TaskPriority.shown("HIGH", once));
        assertEquals("URGENT", TaskPriority.shown("URGENT", once));
        assertEquals(100, TaskPriority.raised(TaskPriority.raised(twice)), "the engine's priority stays within 100");
    }

    @Test
    void onlyAnEscalatedTaskCountsAsRaisedAndAnArticleWithoutPriorityShowsNone() {
        assertFalse(TaskPriority.isRaised(TaskPriority.DEFAULT));
        assertTrue(TaskPriority.isRaised(TaskPriority.raised(TaskPriority.DEFAULT)));
        assertEquals("LOW", TaskPriority.shown("LOW", 60), "a priority set by hand below a whole raise raises nothing");
        assertNull(TaskPriority.shown(null, TaskPriority.raised(TaskPriority.DEFAULT)));
    }

    @Test
    void theInboxsSqlShowsAndRanksWhatTheJavaShows() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:priorities")) {
            db.createStatement().execute("create table t (article_priority varchar(10), task_priority integer)");
            List<String> articlePriorities = new ArrayList<>(TaskPriority.LEVELS);
            articlePriorities.add(null);
            List<String> expected = new ArrayList<>();
            try (PreparedStatement insert = db.prepareStatement("insert into t values (?, ?)")) {
                for (String article : articlePriorities) {
                    for (int task : new int[] {0, 25, 50, 60, 75, 100}) {
                        insert.setString(1, article);
                        insert.setInt(2, task);
                        insert.executeUpdate();
                        String shown = TaskPriority.shown(article, task);
                        expected.add(article + "/" + task + ": " + shown + " rank " + rankOf(shown));
                    }
                }
            }
            List<String> found = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery("select article_priority, task_priority, "
                    + TaskPriority.shownSql("article_priority", "task_priority") + ", "
                    + TaskPriority.rankSql("article_priority", "task_priority") + " from t")) {
                while (rows.next()) {
                    found.add(rows.getString(1) + "/" + rows.getInt(2) + ": " + rows.getString(3) + " rank "
                            + rows.getInt(4));
                }
            }
            assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList());
        }
    }

    private static int rankOf(String shown) {
        List<String> highestFirst = Arrays.asList("URGENT", "HIGH", "NORMAL", "LOW");
        return shown == null ? 4 : highestFirst.indexOf(shown);
    }
}
