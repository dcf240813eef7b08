package org.copydesk.workflow.control;

import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.interceptor.IdentityLinkInterceptor;
import org.flowable.identitylink.service.impl.persistence.entity.IdentityLinkEntity;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;

/**
 * Keeps the engine from recording who started, was assigned or completed what as "participant" identity links of
 * the process instance: the audit trail records each of those acts already, and nothing reads the links, while
 * writing them costs a claim and a completion four statements each (read the links, insert one, and its history).
 * Candidate groups are the task's own links and are kept.
 */
public final class NoParticipantLinks implements IdentityLinkInterceptor {

    @Override
    public void handleCompleteTask(TaskEntity task) {
        // recorded by the audit trail
    }

    @Override
    public void handleAddIdentityLinkToTask(TaskEntity task, IdentityLinkEntity identityLink) {
        // a candidate link stays on the task; no participant link for the process
    }

    @Override
    public void handleAddAssigneeIdentityLinkToTask(TaskEntity task, String assignee) {
        // recorded by the audit trail
    }

    @Override
    public void handleAddOwnerIdentityLinkToTask(TaskEntity task, String owner) {
        // tasks have no owners here
    }

    @Override
    public void handleCreateProcessInstance(ExecutionEntity processInstance) {
        // the article's ingest is audited
    }

    @Override
    public void handleCreateSubProcessInstance(ExecutionEntity subProcessInstance, ExecutionEntity superExecution) {
        // no sub-processes
    }
}
