package org.copydesk.review;

import static org.copydesk.it.Api.awaitState;
import static org.copydesk.it.Api.auditOf;
import static org.copydesk.it.Api.claim;
import static org.copydesk.it.Api.complete;
import static org.copydesk.it.Api.ingestNewArticle;
import static org.copydesk.it.Api.openTask;
import static org.copydesk.it.Api.stateOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.copydesk.it.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
class ConcurrentCompletionIT {

    private static final int ROUNDS = Integer.getInteger("copydesk.it.concurrency.rounds", 20);

    @Test
    void twoClientsCompletingOneTaskAtOnceGetOneSuccessAndOne409() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String article = ingestNewArticle();
                String task = openTask(article, "triage");
                claim("triage", task);
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int client = 0; client < 2; client++) {
                    answers.add(clients.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return complete("triage", task, "accept", null).statusCode();
                    }));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get(60, TimeUnit.SECONDS));
                }
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, "round " + round);
                long completions = auditOf(article).stream()
                        .filter(entry -> "TASK_COMPLETED".equals(entry.get("action"))).count();
                assertEquals(1, completions, "audit rows for the completion in round " + round);
                assertEquals("FACT_CHECK", awaitState(article, "FACT_CHECK"));
                openTask(article, "factCheck");
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
