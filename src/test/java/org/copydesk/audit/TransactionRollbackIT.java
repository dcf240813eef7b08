package org.copydesk.audit;

import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.complete;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.stateOf;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.Refusal;
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
        assertEquals("FACT_CHECK", awaitState(article, "FACT_CHECK"));
        assertEquals(1, completionsOf(article).size());
    }

    @Test
    void whenTheEngineFailsNoAuditEntryOrStateChangeIsKept(CopydeskServer server) throws Exception {
        String article = ingestNewArticle();
        String task = openTask(article, "triage");
        claim("triage", task);

        // the completion hands the article to claim extraction as an engine job: refuse the job of this article
        try (Refusal refusal = new Refusal(server, "act_ru_job",
                "process_instance_id_ is null or process_instance_id_ <> '" + server.processInstanceOf(article) + "'")) {
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
}
