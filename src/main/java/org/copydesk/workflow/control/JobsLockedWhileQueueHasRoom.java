package org.copydesk.workflow.control;

import org.flowable.job.service.impl.asyncexecutor.DefaultJobManager;
import org.flowable.job.service.impl.persistence.entity.JobEntity;

/**
 * Flowable's job manager, except that a job created while this node's queue is full is left unlocked for any node.
 * Flowable would lock it to this node in the transaction that creates it, fail to queue it after the commit, and
 * unlock it again in a transaction of its own: two statements and a commit more for each article ingested while
 * the node is busy.
 */
final class JobsLockedWhileQueueHasRoom extends DefaultJobManager {

    JobsLockedWhileQueueHasRoom() {
        // the engine hands over its job service's configuration as it starts
        super(null);
    }

    @Override
    protected boolean isJobApplicableForExecutorExecution(JobEntity job) {
        return super.isJobApplicableForExecutorExecution(job)
                && getAsyncExecutor().getTaskExecutor().getRemainingCapacity() > 0;
    }
}
