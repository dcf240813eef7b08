package org.copydesk.workflow.control;

import org.flowable.job.service.impl.asyncexecutor.DefaultJobManager;
import org.flowable.job.service.impl.persistence.entity.JobEntity;

/**
 * Flowable's job manager, except that a job created while this node's queue is full is left unlocked for any node.
 * Flowable would lock it to this node in the transaction that creates it, fail to queue it after the commit, and
 * unlock it again in a transaction of its own: two statements and a commit more for each article ingested while
 * the node is busy. The choice is made once per job: a job locked here is always handed to this node's executor
 * after the commit (a locked job nobody queues would wait for its lock to expire).
 */
final class JobsLockedWhileQueueHasRoom extends DefaultJobManager {

    JobsLockedWhileQueueHasRoom() {
        // the engine hands over its job service's configuration as it starts
        super(null);
    }

    @Override
    public void createAsyncJob(JobEntity job, boolean exclusive) {
        if (queueHasRoom()) {
            super.createAsyncJob(job, exclusive);
        } else {
            internalCreateAsyncJob(job, exclusive);
        }
    }

    @Override
    protected void triggerExecutorIfNeeded(JobEntity job) {
        if (job.getLockOwner() != null || queueHasRoom()) {
            super.triggerExecutorIfNeeded(job);
        }
    }

    /** Also true where this node runs no executor: then Flowable itself leaves every job unlocked. */
    private boolean queueHasRoom() {
        return !isAsyncExecutorActive() || getAsyncExecutor().getTaskExecutor().getRemainingCapacity() > 0;
    }
}
