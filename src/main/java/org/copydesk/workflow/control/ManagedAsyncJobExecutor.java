package org.copydesk.workflow.control;

import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;
import org.copydesk.platform.StatementCounts;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.impl.asyncexecutor.AcquireAsyncJobsDueLifecycleListener;
import org.flowable.job.service.impl.asyncexecutor.AcquireAsyncJobsDueRunnable;
import org.flowable.job.service.impl.asyncexecutor.AcquireJobsRunnableConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration;
import org.flowable.job.service.impl.asyncexecutor.DefaultAsyncJobExecutor;
import org.flowable.job.service.impl.persistence.entity.JobEntity;
import org.flowable.job.service.impl.persistence.entity.JobInfoEntity;
import org.flowable.job.service.impl.persistence.entity.JobInfoEntityManager;

/**
 * Flowable's async executor with its acquisition and housekeeping threads made by the container's
 * {@code ManagedThreadFactory} rather than {@code new Thread}: a plain thread has only what it inherits from
 * the thread that started it, a managed thread gets the application's own context (component invocation,
 * naming, class loader) set up by the container, which Payara's transaction manager and pool rely on.
 */
class ManagedAsyncJobExecutor extends DefaultAsyncJobExecutor {

    private static final Logger LOG = Logger.getLogger(ManagedAsyncJobExecutor.class.getName());

    private final ThreadFactory threadFactory;

    ManagedAsyncJobExecutor(ThreadFactory threadFactory, AsyncJobExecutorConfiguration settings) {
        super(settings);
        this.threadFactory = threadFactory;
    }

    @Override
    protected void initializeRunnables() {
        if (asyncJobsDueRunnable == null) {
            asyncJobsDueRunnable = new PromptAcquisition(
                    "flowable-" + getJobServiceConfiguration().getEngineName() + "-acquire-async-jobs", this,
                    jobEntityManager != null ? jobEntityManager : getJobServiceConfiguration().getJobEntityManager(),
                    asyncJobsDueLifecycleListener, new AcquireAsyncJobsDueRunnableConfiguration());
        }
        super.initializeRunnables();
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (asyncJobAcquisitionThread == null && isAsyncJobAcquisitionEnabled()) {
            asyncJobAcquisitionThread = threadFactory.newThread(asyncJobsDueRunnable);
        }
        super.startJobAcquisitionThread();
    }

    @Override
    protected void startTimerAcquisitionThread() {
        if (timerJobAcquisitionThread == null && isTimerJobAcquisitionEnabled()) {
            timerJobAcquisitionThread = threadFactory.newThread(timerJobRunnable);
        }
        super.startTimerAcquisitionThread();
    }

    @Override
    protected void startResetExpiredJobsThread() {
        if (resetExpiredJobThread == null && isResetExpiredJobEnabled()) {
            resetExpiredJobThread = threadFactory.newThread(resetExpiredJobsRunnable);
        }
        super.startResetExpiredJobsThread();
    }

    /**
     * Flowable's acquisition of due jobs, except after a look that asked for fewer jobs than it may take because
     * the queue had no more room: Flowable then naps for the whole acquire wait, as if no job were due, and with a
     * queue of a few seconds' work the threads would run dry while a backlog waits in the job table. Such a look
     * is followed by the next once the queue-full wait has passed.
     */
    private static final class PromptAcquisition extends AcquireAsyncJobsDueRunnable {

        PromptAcquisition(String name, AsyncExecutor executor,
                JobInfoEntityManager<? extends JobInfoEntity> jobs, AcquireAsyncJobsDueLifecycleListener listener,
                AcquireJobsRunnableConfiguration configuration) {
            super(name, executor, jobs, listener, configuration);
        }

        @Override
        protected long acquireAndExecuteJobs(CommandExecutor commandExecutor, int remainingCapacity) {
            long wait = super.acquireAndExecuteJobs(commandExecutor, remainingCapacity);
            if (remainingCapacity < asyncExecutor.getMaxAsyncJobsDuePerAcquisition()) {
                return Math.min(wait, asyncExecutor.getDefaultQueueSizeFullWaitTimeInMillis());
            }
            return wait;
        }
    }

    /** With statement counting on, each job logs what it cost, since no answer carries it. */
    @Override
    protected Runnable createRunnableForJob(JobInfo job) {
        Runnable runnable = super.createRunnableForJob(job);
        if (!StatementCounts.on() || !(job instanceof JobEntity entity)) {
            return runnable;
        }
        return () -> {
            StatementCounts.Tally tally = StatementCounts.restart();
            runnable.run();
            LOG.info(() -> "Job " + entity.getElementId() + " of process " + entity.getProcessInstanceId() + " took "
                    + tally.statements() + " statements and " + tally.commits() + " commits" + tally.listing());
        };
    }
}
