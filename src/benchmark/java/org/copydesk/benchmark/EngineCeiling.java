package org.copydesk.benchmark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.workflow.control.NoParticipantLinks;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The engine alone: the review process from {@code workflows/} with delegates that do nothing, the server's history
 * level, id generator, relationship counts and participant-link setting, on a PostgreSQL database of its own, driven through Flowable's
 * Java API by as many threads as the benchmark has clients: start, wait for the task, claim, complete, three steps
 * to PUBLISHED. What no server around the engine can beat on this machine.
 */
final class EngineCeiling {

    private static final Path PROCESS = Path.of("workflows/editorial-review.bpmn20.xml");
    private static final Map<String, String> DECISIONS = Map.of("triage", "accept", "factCheck", "approve",
            "publish", "publish");

    private EngineCeiling() {
    }

    /** Articles per second through the engine alone. */
    static double articlesPerSecond(String serverJdbcUrl, String user, String password, int articles, int threads)
            throws Exception {
        String url = serverJdbcUrl.replaceFirst("/([^/?]+)(\\?.*)?$", "/$1_engine$2");
        recreate(url, user, password);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setEngineName("ceiling");
        configuration.setJdbcUrl(url);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername(user);
        configuration.setJdbcPassword(password);
        configuration.setJdbcMaxActiveConnections(threads + 8);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setHistoryLevel(HistoryLevel.NONE);
        configuration.setEnableExecutionRelationshipCounts(true);
        configuration.setEnableTaskRelationshipCounts(true);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setIdentityLinkInterceptor(new NoParticipantLinks());
        configuration.setBeans(noOpBeans());
        configuration.getAsyncExecutorConfiguration().setDefaultAsyncJobAcquireWaitTime(Duration.ofSeconds(10));
        configuration.setAsyncExecutorActivate(true);
        ProcessEngine engine = configuration.buildProcessEngine();
        try (InputStream bpmn = Files.newInputStream(PROCESS)) {
            engine.getRepositoryService().createDeployment().addInputStream(PROCESS.getFileName().toString(), bpmn)
                    .deploy();
        }
        try {
            walk(engine, Math.min(20, articles), threads); // warm-up
            long start = System.nanoTime();
            walk(engine, articles, threads);
            double rate = articles / ((System.nanoTime() - start) / 1e9);
            awaitNoJobs(engine); // the last publications' jobs still run; closing meanwhile races with them
            return rate;
        } finally {
            engine.close();
        }
    }

    private static void awaitNoJobs(ProcessEngine engine) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (engine.getManagementService().createJobQuery().count() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static void walk(ProcessEngine engine, int articles, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> walks = new java.util.ArrayList<>();
            for (int i = 0; i < articles; i++) {
                walks.add(pool.submit(() -> {
                    String articleId = UUID.randomUUID().toString();
                    String process = engine.getRuntimeService().startProcessInstanceByKey(EditorialReview.PROCESS_KEY,
                            articleId, Map.of(EditorialReview.VAR_ARTICLE_ID, articleId)).getProcessInstanceId();
                    for (String step : List.of("triage", "factCheck", "publish")) {
                        decide(engine.getTaskService(), process, step);
                    }
                    return null;
                }));
            }
            for (Future<?> walk : walks) {
                walk.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void decide(TaskService tasks, String process, String step) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        Task task;
        while ((task = tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(step).active()
                .singleResult()) == null) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No " + step + " task for process " + process + " after a minute");
            }
            Thread.sleep(20);
        }
        tasks.claim(task.getId(), "reviewer-" + step);
        try {
            tasks.complete(task.getId(), Map.of(EditorialReview.VAR_DECISION, DECISIONS.get(step)));
        } catch (FlowableOptimisticLockingException handOff) {
            // the completion committed; handing its new async job to the executor lost a race with the
            // executor's own acquisition, which runs the job
            if (tasks.createTaskQuery().taskId(task.getId()).count() > 0) {
                throw handOff;
            }
        }
    }

    /** A do-nothing bean for every delegate and listener expression the process names. */
    private static Map<Object, Object> noOpBeans() throws Exception {
        Map<Object, Object> beans = new HashMap<>();
        Matcher names = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(Files.readString(PROCESS));
        while (names.find()) {
            beans.put(names.group(1), new NoOp());
        }
        beans.put("reviewDeadlines", new DistantDeadlines());
        return beans;
    }

    private static void recreate(String url, String user, String password) throws Exception {
        String name = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection admin = DriverManager.getConnection(url.replaceFirst("/[^/?]+(\\?.*)?$", "/postgres$1"), user,
                password); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
    }

    /** The review tasks' escalation timer, set as the server sets it, due long after the benchmark ends. */
    public static final class DistantDeadlines {

        public String escalationCycle(DelegateExecution timer) {
            return "R2/" + Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS) + "/PT1H";
        }
    }

    private static final class NoOp implements JavaDelegate, FlowableEventListener {

        @Override
        public void execute(DelegateExecution execution) {
            // the engine alone: the step costs nothing of its own
        }

        @Override
        public void onEvent(FlowableEvent event) {
            // as above
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
