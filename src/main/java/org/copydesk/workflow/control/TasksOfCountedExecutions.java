package org.copydesk.workflow.control;

import java.util.List;
import org.flowable.engine.impl.persistence.entity.ExecutionEntityImpl;
import org.flowable.task.service.TaskServiceConfiguration;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.flowable.task.service.impl.persistence.entity.data.impl.MybatisTaskDataManager;

/**
 * Looks in the database for an execution's tasks only when the execution's own count says it has some. The engine
 * keeps that count (relationship counts are on) and trusts it when it ends an execution; completing a user task
 * asks once more for the execution's tasks to check that none is left, after it has counted the task off.
 */
final class TasksOfCountedExecutions extends MybatisTaskDataManager {

    TasksOfCountedExecutions(TaskServiceConfiguration tasks) {
        super(tasks);
    }

    @Override
    public List<TaskEntity> findTasksByExecutionId(String executionId) {
        ExecutionEntityImpl execution = getEntityCache().findInCache(ExecutionEntityImpl.class, executionId);
        if (execution != null && execution.isCountEnabled() && execution.getTaskCount() == 0) {
            return getListFromCache(tasksByExecutionIdMatcher, executionId);
        }
        return super.findTasksByExecutionId(executionId);
    }
}
