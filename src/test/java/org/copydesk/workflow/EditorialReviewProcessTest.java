package org.copydesk.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.copydesk.workflow.entity.EditorialReview;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.flowable.task.service.delegate.TaskListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real BPMN file from workflows/ on an in-memory engine, with beans that record what the process asked for. */
class EditorialReviewProcessTest {

    private static final List<String> steps = new ArrayList<>();
    private static ProcessEngine engine;

    @BeforeEach
    void forgetEarlierSteps() {
        steps.clear();
    }

    @BeforeAll
    static void deployTheRealWorkflow() throws Exception {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("intakeDelegate", (JavaDelegate) execution -> steps.add("intake"));
        beans.put("reviewStepOpenedListener", (TaskListener) task -> steps.add(task.getTaskDefinitionKey()));
        beans.put("publishArticleDelegate", (JavaDelegate) execution -> steps.add("PUBLISHED"));
        beans.put("rejectArticleDelegate", (JavaDelegate) execution -> steps.add("REJECTED"));
        beans.put("extractClaimsDelegate", (JavaDelegate) execution -> steps.add("claims"));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + "");
        configuration.setBeans(beans);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addBytes("editorial-review.bpmn20.xml",
                        Files.readAllBytes(Path.of("workflows/editorial-review.bpmn20.xml")))
                .deploy();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void acceptedApprovedAndPublishedArticleEndsPublished() {
        String process = start();
        decide(process, "triage", "accept");
        decide(process, "factCheck", "approve");
        decide(process, "publish", "publish");
        assertEquals(List.of("intake", "triage", "claims", "factCheck", "publish", "PUBLISHED"), steps);
        assertEnded(process);
    }

    @Test
    void aDuplicateEndsRejected() {
        String process = start();
        decide(process, "triage", "duplicate");
        assertEquals(List.of("intake", "triage", "REJECTED"), steps);
        assertEnded(process);
    }

    @Test
    void triageRejectionEndsRejected() {
        String process = start();
        decide(process, "triage", "reject");
        assertEquals(List.of("intake", "triage", "REJECTED"), steps);
        assertEnded(process);
    }

    @Test
    void revisionReturnsToFactCheckWhichMayReject() {
        String process = start();
        decide(process, "triage", "accept");
        decide(process, "factCheck", "revise");
        decide(process, "revision", "resubmit");
        decide(process, "factCheck", "reject");
        assertEquals(List.of("intake", "triage", "claims", "factCheck", "revision", "claims", "factCheck", "REJECTED"),
                steps);
        assertEnded(process);
    }

    @Test
    void publisherSendsBackToFactCheck() {
        String process = start();
        decide(process, "triage", "accept");
        decide(process, "factCheck", "approve");
        decide(process, "publish", "back");
        assertEquals(List.of("intake", "triage", "claims", "factCheck", "publish", "claims", "factCheck"), steps);
        assertEquals("factCheck", openTask(process).getTaskDefinitionKey());
    }

    @Test
    void everyUserTaskIsOfferedToItsStepsCandidateGroup() {
        String process = start();
        for (String[] path : new String[][] {{"triage", "accept"}, {"factCheck", "revise"}, {"revision", "resubmit"},
                {"factCheck", "approve"}, {"publish", "publish"}}) {
            Task task = openTask(process);
            ReviewStep step = ReviewStep.ofTaskKey(task.getTaskDefinitionKey()).orElseThrow();
            long offered = engine.getTaskService().createTaskQuery().taskId(task.getId())
                    .taskCandidateGroup(step.candidateGroup()).count();
            assertEquals(1, offered, task.getTaskDefinitionKey() + " offered to " + step.candidateGroup());
            assertTrue(step.accepts(path[1]));
            decide(process, path[0], path[1]);
        }
    }

    /** Starts a review and runs the async intake job, as the executor would. */
    private String start() {
        String process = engine.getRuntimeService().startProcessInstanceByKey(EditorialReview.PROCESS_KEY,
                Map.of(EditorialReview.VAR_ARTICLE_ID, UUID.randomUUID().toString())).getId();
        assertEquals(List.of(), steps, "intake waits for the job executor");
        engine.getManagementService().executeJob(
                engine.getManagementService().createJobQuery().processInstanceId(process).singleResult().getId());
        return process;
    }

    private Task openTask(String process) {
        return engine.getTaskService().createTaskQuery().processInstanceId(process).singleResult();
    }

    private void decide(String process, String taskKey, String decision) {
        Task task = openTask(process);
        assertEquals(taskKey, task.getTaskDefinitionKey());
        engine.getTaskService().complete(task.getId(), Map.of(EditorialReview.VAR_DECISION, decision));
    }

    private void assertEnded(String process) {
        assertNull(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process).singleResult());
    }
}
