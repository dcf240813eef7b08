package org.copydesk.audit;

import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.complete;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.stateOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine's rows, the article's state and the audit trail commit together or not at all. A check
 * constraint added under the API makes one side fail on purpose; the other side must not be kept either.
 */
@ExtendWith(RunningServer.class)
class TransactionRollbackIT {

    @Test
    void whenTheAuditEntryCannotBeWrittenTheEngineChangeIsRolledBack(CopydeskServer server) throws Exception {
        String article = ingestNewArticle();
        String task = openTask(article, "triage");
        claim("triage", task);

        try (Refusal refusal = new Refusal(server, "audit_entry",
                "detail is null or detail not like '%audit-must-fail%'")) {
            complete("triage", task, "accept", "audit-must-fail").then().statusCode(500)
                    .contentType("application/problem+json").body("status", equalTo(500));
        }

        assertEquals("TRIAGE", stateOf(article));
        assertEquals(task, openTask(article, "triage"));
        assertEquals(List.of(), completionsOf(article));
        complete("triage", task, "accept", "second try").then().statusCode(200);
        assertEquals("FACT_CHECK", stateOf(article));
        assertEquals(1, completionsOf(article).size());
    }

    @Test
    void whenTheEngineFailsNoAuditEntryOrStateChangeIsKept(CopydeskServer server) throws Exception {
        String article = ingestNewArticle();
        String task = openTask(article, "triage");
        claim("triage", task);

        try (Refusal refusal = new Refusal(server, "act_ru_variable",
                "text_ is null or text_ <> 'engine-must-fail'")) {
            complete("triage", task, "accept", "engine-must-fail").then().statusCode(500);
        }

        assertEquals("TRIAGE", stateOf(article));
        assertEquals(task, openTask(article, "triage"));
        assertEquals(List.of(), completionsOf(article));
    }

    private static List<Object> completionsOf(String article) {
        return auditOf(article).stream().filter(entry -> "TASK_COMPLETED".equals(entry.get("action")))
                .map(entry -> (Object) entry).toList();
    }

    /** A check constraint that exists for the duration of one test. */
    private static final class Refusal implements AutoCloseable {

        private final CopydeskServer server;
        private final String table;
        private final String name;

        Refusal(CopydeskServer server, String table, String condition) throws SQLException {
            this.server = server;
            this.table = table;
            this.name = "it_refuse_" + table;
            execute("alter table " + table + " add constraint " + name + " check (" + condition + ")");
        }

        @Override
        public void close() throws SQLException {
            execute("alter table " + table + " drop constraint " + name);
        }

        private void execute(String sql) throws SQLException {
            try (Connection connection = server.openJdbc(); Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }
    }
}
