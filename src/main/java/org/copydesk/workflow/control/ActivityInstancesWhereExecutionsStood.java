package org.copydesk.workflow.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ActivityInstanceEntity;
import org.flowable.engine.impl.persistence.entity.ExecutionEntityImpl;
import org.flowable.engine.impl.persistence.entity.data.impl.MybatisActivityInstanceDataManager;

/**
 * Looks in the database for an execution's unfinished activity instance only at the activity the database has the
 * execution at. An execution stands at one activity at a time, and the unfinished instance the database holds for
 * it is that activity's: when the engine moves an execution it has read on to a gateway or a task and asks whether
 * the new activity already has an unfinished instance, the answer is in the transaction's cache, and the engine
 * would otherwise ask the database on every step (two statements of a fact-check decision).
 */
final class ActivityInstancesWhereExecutionsStood extends MybatisActivityInstanceDataManager {

    ActivityInstancesWhereExecutionsStood(ProcessEngineConfigurationImpl engine) {
        super(engine);
    }

    @Override
    public List<ActivityInstanceEntity> findUnfinishedActivityInstancesByExecutionAndActivityId(String executionId,
                                                                                              String activityId) {
        ExecutionEntityImpl execution = getEntityCache().findInCache(ExecutionEntityImpl.class, executionId);
        if (execution != null && execution.getOriginalPersistentState() instanceof Map<?, ?> stored
                && stored.get("activityId") != null && !Objects.equals(stored.get("activityId"), activityId)) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("executionId", executionId);
            parameters.put("activityId", activityId);
            return getListFromCache(unfinishedActivityInstanceMatcher, parameters);
        }
        return super.findUnfinishedActivityInstancesByExecutionAndActivityId(executionId, activityId);
    }
}
