package org.copydesk.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.copydesk.review.boundary.ReviewDeadlines;
import org.copydesk.review.entity.Deadline;
import org.copydesk.workflow.entity.EditorialReview;
import org.copydesk.workflow.entity.ReviewStep;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.flowable.task.service.delegate.DelegateTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real BPMN file from workflows/ on an in-memory engine, with beans that record what the process asked for. */
class EditorialReviewProcessTest {

    private static final List<String> steps = new ArrayList<>();
    /** Far enough ahead that no timer fires unless a test fires it. */
    private static final Deadline DEADLINE = Deadline.of(Instant.parse("2031-06-01T08:00:00Z"), Duration.ofHours(6),
            Duration.ofHours(4));
    private static ProcessEngine engine;

    @BeforeEach
    void forgetEarlierSteps() {
        steps.clear();
    }

    @BeforeAll
    static void deployTheRealWorkflow() throws Exception {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("intakeDelegate", (JavaDelegate) execution -> steps.add("intake"));
        beans.put("reviewStepOpenedListener", new StepOpened());
        beans.put("publishArticleDelegate", (JavaDelegate) execution -> steps.add("PUBLISHED"
                + (execution.getVariable(EditorialReview.VAR_EMBARGO_UNTIL) == null ? "" : " under embargo")));
        beans.put("scheduleArticleDelegate", (JavaDelegate) execution -> steps.add("SCHEDULED"));
        beans.put("correctArticleDelegate", (JavaDelegate) execution -> steps.add("CORRECTED"));
        beans.put("killArticleDelegate", (JavaDelegate) execution -> steps.add("KILLED"));
        beans.put("rejectArticleDelegate", (JavaDelegate) execution -> steps.add("REJECTED"));
        beans.put("closeDuplicateDelegate", (JavaDelegate) execution -> steps.add("DUPLICATE"));
        beans.put("extractClaimsDelegate", (JavaDelegate) execution -> steps.add("claims"));
        beans.put("escalateOverdueTaskDelegate", (JavaDelegate) execution -> steps.add("LATE"));
        beans.put("reviewDeadlines", new ReviewDeadlines());
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + "");
        configuration.setBeans(beans);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setHistoryLevel(HistoryLevel.FULL);
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
    void aPublishedArticleIsCorrectedAnyNumberOfTimesUntilItIsKilled() {
        String process = published();
        message(process, EditorialReview.MESSAGE_CORRECT);
        message(process, EditorialReview.MESSAGE_CORRECT);
        message(process, EditorialReview.MESSAGE_KILL);
        assertEquals(List.of("intake", "triage", "claims", "factCheck", "publish", "PUBLISHED", "CORRECTED",
                "CORRECTED", "KILLED"), steps);
        assertEnded(process, "killed");
    }

    @Test
    void aClaimFoundFalseOpensACorrectionTaskThatACorrectionOrAKillCloses() {
        String process = published();
        message(process, EditorialReview.MESSAGE_CORRECTION_NEEDED);
        assertEquals("correction", openTask(process).getTaskDefinitionKey());
        message(process, EditorialReview.MESSAGE_CORRECT);
        assertNull(openTask(process), "the correction closed the task");
        message(process, EditorialReview.MESSAGE_CORRECTION_NEEDED);
        decide(process, "correction", "dismiss");
        message(process, EditorialReview.MESSAGE_CORRECTION_NEEDED);
        message(process, EditorialReview.MESSAGE_KILL);
        assertEquals(List.of("intake", "triage", "claims", "factCheck", "publish", "PUBLISHED", "correction",
                "CORRECTED", "correction", "correction", "KILLED"), steps);
        assertEnded(process, "killed");
    }

    @Test
    void anEmbargoedArticleIsPublishedAtOnceWithItsEmbargo() {
        String process = start();
        decide(process, "triage", "accept");
        decide(process, "factCheck", "approve");
        decide(process, "publish", "embargo", Map.of(EditorialReview.VAR_EMBARGO_UNTIL, "2031-01-01T00:00:00Z"));
        assertEquals("PUBLISHED under embargo", steps.get(steps.size() - 1));
    }

    @Test
    void aScheduledArticleWaitsForItsTimer() {
        String process = start();
        decide(process, "triage", "accept");
        decide(process, "factCheck", "approve");
        decide(process, "publish", "schedule", Map.of(EditorialReview.VAR_PUBLISH_AT, "2031-01-01T00:00:00Z"));
        assertEquals("SCHEDULED", steps.get(steps.size() - 1));
        Job timer = engine.getManagementService().createTimerJobQuery().processInstanceId(process).singleResult();
        assertEquals(java.time.Instant.parse("2031-01-01T00:00:00Z"), timer.getDuedate().toInstant());
        engine.getManagementService().moveTimerToExecutableJob(timer.getId());
        runJobs(process);
        assertEquals(List.of("intake", "triage", "claims", "factCheck", "publish", "SCHEDULED", "PUBLISHED"), steps);
    }

    /** An article through every step to published, where its process waits for a correction or a kill. */
    private String published() {
        String process = start();
        decide(process, "triage", "accept");
        decide(process, "factCheck", "approve");
        decide(process, "publish", "publish");
        assertEquals(List.of("intake", "triage", "claims", "factCheck", "publish", "PUBLISHED"), steps);
        assertNull(openTask(process), "no task while published");
        return process;
    }

    private void message(String process, String name) {
        var waiting = engine.getRuntimeService().createExecutionQuery().processInstanceId(process)
                .messageEventSubscriptionName(name).singleResult();
        engine.getRuntimeService().messageEventReceived(name, waiting.getId());
        runJobs(process);
    }

    @Test
    void aDuplicateEndsApartFromRejections() {
        String process = start();
        decide(process, "triage", "duplicate");
        assertEquals(List.of("intake", "triage", "DUPLICATE"), steps);
        assertEnded(process, "duplicate");
    }

    @Test
    void triageRejectionEndsRejected() {
        String process = start();
        decide(process, "triage", "reject");
        assertEquals(List.of("intake", "triage", "REJECTED"), steps);
        assertEnded(process, "rejected");
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
        assertEnded(process, "rejected");
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
    void aDecisionTheProcessDoesNotKnowKeepsEachStepOpen() {
        String process = start();
        decide(process, "triage", "maybe");
        decide(process, "triage", "accept");
        decide(process, "factCheck", "maybe");
        decide(process, "factCheck", "approve");
        decide(process, "publish", "maybe");
        assertEquals("publish", openTask(process).getTaskDefinitionKey());
        assertEquals(List.of("intake", "triage", "triage", "claims", "factCheck", "factCheck", "publish", "publish"),
                steps);
    }

    @Test
    void claimsAreExtractedByTheJobExecutorBeforeFactCheckOpens() {
        String process = start();
        Task triage = openTask(process);
        engine.getTaskService().complete(triage.getId(), Map.of(EditorialReview.VAR_DECISION, "accept"));
        assertNull(openTask(process), "no fact-check task before its claims");
        assertEquals(List.of("intake", "triage"), steps);
        runJobs(process);
        assertEquals(List.of("intake", "triage", "claims", "factCheck"), steps);
    }

    @Test
    void everyReviewTaskIsEscalatedWhenDueThenOfferedToSupervisorsAndStaysOpen() {
        String process = start();
        for (String[] path : new String[][] {{"triage", "accept"}, {"factCheck", "revise"}, {"revision", "resubmit"},
                {"factCheck", "approve"}, {"publish", "publish"}, {"correction", "dismiss"}}) {
            if (path[0].equals("correction")) {
                message(process, EditorialReview.MESSAGE_CORRECTION_NEEDED);
            }
            Task task = openTask(process);
            assertEquals(path[0], task.getTaskDefinitionKey());
            assertEquals(DEADLINE.due(), task.getDueDate().toInstant(), "the task's due date is its deadline's");
            assertEquals(1, timers(process).size(), "one timer: " + timers(process));
            Job late = timer(process, path[0] + "Overdue");
            assertEquals(DEADLINE.due(), late.getDuedate().toInstant());
            try {
                engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(DEADLINE.due()));
                fire(process, late);
                Job stillOpen = timer(process, path[0] + "Overdue");
                assertEquals(DEADLINE.offerToSupervisors(), stillOpen.getDuedate().toInstant(),
                        "the timer fires again when the task is to be offered to the supervisors");
                engine.getProcessEngineConfiguration().getClock().setCurrentTime(
                        Date.from(DEADLINE.offerToSupervisors()));
                fire(process, stillOpen);
            } finally {
                engine.getProcessEngineConfiguration().getClock().reset();
            }
            assertEquals(List.of(), timers(process), "the timer fires twice, no more");
            assertEquals(task.getId(), openTask(process).getId(), "the timer leaves the task open");
            assertEquals(List.of(path[0], "LATE", "LATE"), steps.subList(steps.size() - 3, steps.size()));
            decide(process, path[0], path[1]);
        }
    }

    @Test
    void aTaskDecidedBeforeItsDueDateTakesItsTimerWithIt() {
        String process = start();
        assertEquals(1, timers(process).size());
        decide(process, "triage", "accept");
        assertEquals(List.of("factCheckOverdue"), timers(process).stream().map(Job::getElementId).toList());
        decide(process, "factCheck", "reject");
        assertEquals(List.of(), timers(process));
        assertEquals(List.of(), steps.stream().filter(step -> step.equals("LATE")).toList());
    }

    private static List<Job> timers(String process) {
        return engine.getManagementService().createTimerJobQuery().processInstanceId(process).list();
    }

    private static Job timer(String process, String boundaryEvent) {
        return timers(process).stream().filter(job -> job.getElementId().equals(boundaryEvent)).findFirst()
                .orElseThrow(() -> new AssertionError("no timer " + boundaryEvent + " in " + timers(process)));
    }

    /** Fires a timer now, as the executor would at its due date. */
    private static void fire(String process, Job timer) {
        engine.getManagementService().moveTimerToExecutableJob(timer.getId());
        runJobs(process);
    }

    @Test
    void thePathsAboveTakeEverySequenceFlow() {
        List<Runnable> paths = List.of(this::aPublishedArticleIsCorrectedAnyNumberOfTimesUntilItIsKilled,
                this::aClaimFoundFalseOpensACorrectionTaskThatACorrectionOrAKillCloses,
                this::anEmbargoedArticleIsPublishedAtOnceWithItsEmbargo, this::aScheduledArticleWaitsForItsTimer,
                this::aDuplicateEndsApartFromRejections, this::triageRejectionEndsRejected,
                this::revisionReturnsToFactCheckWhichMayReject, this::publisherSendsBackToFactCheck,
                this::aDecisionTheProcessDoesNotKnowKeepsEachStepOpen,
                this::everyReviewTaskIsEscalatedWhenDueThenOfferedToSupervisorsAndStaysOpen);
        for (Runnable path : paths) {
            steps.clear();
            path.run();
        }
        Set<String> all = engine.getRepositoryService().getBpmnModel(engine.getRepositoryService()
                        .createProcessDefinitionQuery().processDefinitionKey(EditorialReview.PROCESS_KEY).latestVersion()
                        .singleResult().getId()).getMainProcess().findFlowElementsOfType(SequenceFlow.class).stream()
                .map(SequenceFlow::getId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> taken = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityType("sequenceFlow").list().stream().map(activity -> activity.getActivityId())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(all, taken);
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
        message(process, EditorialReview.MESSAGE_CORRECTION_NEEDED);
        Task correction = openTask(process);
        assertEquals(1, engine.getTaskService().createTaskQuery().taskId(correction.getId())
                .taskCandidateGroup(ReviewStep.CORRECTION.candidateGroup()).count());
        assertTrue(ReviewStep.CORRECTION.accepts("dismiss"));
    }

    /** Starts a review and runs the async intake job, as the executor would. */
    private String start() {
        String process = engine.getRuntimeService().startProcessInstanceByKey(EditorialReview.PROCESS_KEY,
                Map.of(EditorialReview.VAR_ARTICLE_ID, UUID.randomUUID().toString())).getId();
        assertEquals(List.of(), steps, "intake waits for the job executor");
        runJobs(process);
        return process;
    }

    /** Runs the process's async jobs one after another, as the job executor would. */
    private static void runJobs(String process) {
        for (Job job = nextJob(process); job != null; job = nextJob(process)) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private static Job nextJob(String process) {
        return engine.getManagementService().createJobQuery().processInstanceId(process).list().stream()
                .findFirst().orElse(null);
    }

    private Task openTask(String process) {
        return engine.getTaskService().createTaskQuery().processInstanceId(process).singleResult();
    }

    private void decide(String process, String taskKey, String decision) {
        decide(process, taskKey, decision, Map.of());
    }

    private void decide(String process, String taskKey, String decision, Map<String, Object> more) {
        Task task = openTask(process);
        assertEquals(taskKey, task.getTaskDefinitionKey());
        Map<String, Object> variables = new HashMap<>(more);
        variables.put(EditorialReview.VAR_DECISION, decision);
        engine.getTaskService().complete(task.getId(), variables);
        runJobs(process);
    }

    private void assertEnded(String process, String endEvent) {
        assertNull(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process).singleResult());
        assertEquals(endEvent, engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(process)
                .singleResult().getEndActivityId());
    }

    /**
     * Records each review step as it opens, as the real listener moves the article into it, and gives the task its
     * deadline as the real listener does.
     */
    private static final class StepOpened implements FlowableEventListener {
        @Override
        public void onEvent(FlowableEvent event) {
            if (event instanceof FlowableEntityEvent entity && entity.getEntity() instanceof DelegateTask task) {
                steps.add(task.getTaskDefinitionKey());
                task.setDueDate(java.util.Date.from(DEADLINE.due()));
                task.setTransientVariable(EditorialReview.VAR_DEADLINE, DEADLINE);
            }
        }

        @Override
        public boolean isFailOnException() {
            return true;
        }

        @Override
        public boolean isFireOnTransactionLifecycleEvent() {
            return false;
        }

        @Override
        public String getOnTransaction() {
            return null;
        }
    }
}
