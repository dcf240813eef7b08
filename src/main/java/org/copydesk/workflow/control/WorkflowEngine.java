package org.copydesk.workflow.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.time.Duration;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import javax.xml.datatype.DatatypeFactory;
import org.copydesk.platform.CopydeskDataSource;
import org.copydesk.platform.NodeName;
import org.copydesk.platform.TransactionBoundDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.common.engine.impl.async.AsyncTaskExecutorConfiguration;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.common.engine.impl.persistence.deploy.DefaultDeploymentCache;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.ProcessMigrationService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration;
import org.flowable.task.service.TaskServiceConfiguration;

/**
 * The embedded Flowable engine. It joins the container's JTA transactions on the same data source as JPA,
 * so a task completion, the article's new state and the audit entries commit or roll back together.
 * Its async executor takes jobs from the shared database, so several nodes share the work.
 */
@ApplicationScoped
public class WorkflowEngine {

    private static final Logger LOG = Logger.getLogger(WorkflowEngine.class.getName());
    private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";
    /** Steps a node takes on beyond those its threads are running: a few seconds of work, not minutes. */
    private static final int JOBS_QUEUED_PER_THREAD = 4;
    /** How often an idle node looks in the job table for steps no node has taken (one indexed query). */
    private static final Duration LOOK_FOR_JOBS_EVERY = Duration.ofSeconds(1);
    /** How soon a node whose queue is full looks again: its threads finish a job every few tens of milliseconds. */
    private static final Duration QUEUE_FULL_WAIT = Duration.ofMillis(200);

    @Inject
    BeanManager beanManager;

    @Inject
    ContainerTransactions transactions;

    @Inject
    NodeName nodeName;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "copydesk.workflow.async-executor", defaultValue = "true")
    boolean asyncExecutor;

    @Inject
    @ConfigProperty(name = "copydesk.workflow.job-retry-wait-seconds", defaultValue = "10")
    int jobRetryWaitSeconds;

    @Inject
    @ConfigProperty(name = "copydesk.workflow.job-lock-seconds", defaultValue = "60")
    int jobLockSeconds;

    /**
     * Automatic steps (intake, claim extraction, publication) run at once on this many threads. They share the
     * node's cores with the HTTP threads: fewer job threads leave more of the CPU to accepting articles in a burst.
     */
    @Inject
    @ConfigProperty(name = "copydesk.workflow.job-threads", defaultValue = "8")
    int jobThreads;

    private volatile ProcessEngine engine;

    public synchronized ProcessEngine start() {
        if (engine == null) {
            // The engine makes a DatatypeFactory for every timer it schedules (each review task's escalation);
            // named, the JDK's own is made without searching every jar of the class path for a provider first
            if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
                System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
                        DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
            }
            JtaProcessEngineConfiguration configuration = new JtaProcessEngineConfiguration() {
                @Override
                public CommandInterceptor createTransactionInterceptor() {
                    return new ContainerTransactionInterceptor(transactions);
                }

                @Override
                public void initExpressionManager() {
                    if (expressionManager == null) {
                        BeansBeforeVariables expressions = new BeansBeforeVariables(delegateInterceptor, beans);
                        if (isExpressionCacheEnabled) {
                            expressions.setExpressionCache(new DefaultDeploymentCache<>(expressionCacheSize));
                            expressions.setExpressionTextLengthCacheLimit(expressionTextLengthCacheLimit);
                        }
                        expressionManager = expressions;
                    }
                    super.initExpressionManager();
                }

                @Override
                protected TaskServiceConfiguration instantiateTaskServiceConfiguration() {
                    TaskServiceConfiguration tasks = super.instantiateTaskServiceConfiguration();
                    tasks.setTaskDataManager(new TasksOfCountedExecutions(tasks));
                    return tasks;
                }
            };
            configuration.setEngineName("copydesk");
            configuration.setDataSource(new TransactionBoundDataSource(lookup(CopydeskDataSource.JNDI_NAME, DataSource.class)));
            configuration.setTransactionManager(lookup(TRANSACTION_MANAGER, TransactionManager.class));
            configuration.setTransactionsExternallyManaged(true);
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            configuration.setUseLockForDatabaseSchemaUpdate(true);
            // Outside a transaction: the schema lock is taken in a new transaction, which must see the table the
            // lock lives in (PostgreSQL DDL is transactional)
            configuration.setSchemaCommandConfig(new CommandConfig().transactionNotSupported());
            configuration.setDisableIdmEngine(true);
            configuration.setDisableEventRegistry(true);
            // The audit trail is the record of who did what; the engine's own history would write the same again in
            // every transition (a row per activity, task and variable)
            configuration.setHistoryLevel(HistoryLevel.NONE);
            // Each execution and task counts what hangs off it (jobs, timers, variables, links), so that ending one,
            // such as a task's boundary timers when the task is completed, skips the look for what it has none of
            configuration.setEnableExecutionRelationshipCounts(true);
            configuration.setEnableTaskRelationshipCounts(true);
            // nor does moving an execution on ask the database for what only the transaction's cache can hold
            configuration.setActivityInstanceDataManager(new ActivityInstancesWhereExecutionsStood(configuration));
            // Id blocks would be fetched in a nested transaction on a second connection; UUIDs need none
            configuration.setIdGenerator(new StrongUuidGenerator());
            configuration.setBeans(new CdiBeans(beanManager));
            configuration.setIdentityLinkInterceptor(new NoParticipantLinks());
            // Jobs and the executor's housekeeping run on container threads, in container transactions: on a bare
            // thread Payara does not enlist the connection, and a job's statements would each commit alone
            configuration.setAsyncExecutorThreadFactory(threadFactory);
            AsyncTaskExecutorConfiguration jobPool = new AsyncTaskExecutorConfiguration();
            jobPool.setCorePoolSize(jobThreads);
            jobPool.setMaxPoolSize(jobThreads);
            // A node keeps only the automatic steps its threads will start soon (Flowable's default queue holds
            // 2,048). The executor locks to itself each step that a transaction on this node creates and that fits
            // its queue; what does not fit waits in the job table, unlocked, for whichever node has a thread free.
            // A burst of articles sent to one node is then triaged by all of them, and a node that dies strands no
            // more than its queue until the locks expire
            jobPool.setQueueSize(jobThreads * JOBS_QUEUED_PER_THREAD);
            configuration.setAsyncExecutorTaskExecutorConfiguration(jobPool);
            configuration.setJobManager(new JobsLockedWhileQueueHasRoom());
            // a failed job is retried (three times in all) after this wait; then it is a dead letter an admin sees
            configuration.setAsyncFailedJobWaitTime(jobRetryWaitSeconds);
            configuration.setDefaultFailedJobWaitTime(jobRetryWaitSeconds);
            AsyncJobExecutorConfiguration executorSettings = configuration.getAsyncExecutorConfiguration();
            Duration lookEvery = Duration.ofSeconds(Math.min(10, jobRetryWaitSeconds));
            executorSettings.setDefaultTimerJobAcquireWaitTime(lookEvery);
            // a look takes at most a thread's worth of steps, and one that found fewer than that due waits this
            // long before the next: how soon a node with threads free takes on what other nodes left
            executorSettings.setMaxAsyncJobsDuePerAcquisition(jobThreads);
            executorSettings.setDefaultAsyncJobAcquireWaitTime(LOOK_FOR_JOBS_EVERY);
            executorSettings.setDefaultQueueSizeFullWaitTime(QUEUE_FULL_WAIT);
            // A job (and, for an exclusive one, its process instance) stays locked to the node that took it for
            // this long. A node that dies, or loses its database while recording a failure, cannot unlock it: the
            // expired-job reset of any live node frees it once the lock expires, so keep it short
            Duration lock = Duration.ofSeconds(jobLockSeconds);
            executorSettings.setAsyncJobLockTime(lock);
            executorSettings.setTimerLockTime(lock);
            executorSettings.setResetExpiredJobsInterval(lock.dividedBy(4));
            // the node's name, not a random id, so that an operator reading the job table sees who holds what
            executorSettings.setLockOwner(nodeName.get());
            ManagedAsyncJobExecutor executor = new ManagedAsyncJobExecutor(threadFactory, executorSettings);
            configuration.setAsyncExecutor(executor);
            configuration.setAsyncExecutorActivate(asyncExecutor);
            engine = configuration.buildProcessEngine();
            LOG.info(() -> "Workflow engine started (async executor " + (asyncExecutor ? "on" : "off") + ")");
        }
        return engine;
    }

    @PreDestroy
    synchronized void stop() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    public boolean isRunning() {
        return engine != null;
    }

    @Produces
    RuntimeService runtimeService() {
        return start().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return start().getTaskService();
    }

    @Produces
    ManagementService managementService() {
        return start().getManagementService();
    }


    @Produces
    ProcessMigrationService processMigrationService() {
        return start().getProcessMigrationService();
    }

    @Produces
    RepositoryService repositoryService() {
        return start().getRepositoryService();
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(InitialContext.doLookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot find " + name + " in JNDI", e);
        }
    }
}
