package org.copydesk.workflow.control;

import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;
import org.copydesk.platform.StatementCounts;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.impl.persistence.entity.JobEntity;
import org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration;
import org.flowable.job.service.impl.asyncexecutor.DefaultAsyncJobExecutor;

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
