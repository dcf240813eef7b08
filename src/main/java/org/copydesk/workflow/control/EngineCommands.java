package org.copydesk.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.Supplier;
import org.copydesk.domain.DomainException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;

/**
 * Several calls of the engine's API as one engine command. Each call is otherwise a command of its own with its own
 * cache, and reads again what the call before it read: the task, its execution and process instance, their
 * variables. Inside one command, each is read once.
 */
@ApplicationScoped
public class EngineCommands {

    @Inject
    ManagementService managementService;

    /** The work's result; a refusal leaves as it was thrown, without the engine logging it as an error. */
    public <T> T inOne(Supplier<T> work) {
        Object outcome = managementService.executeCommand(context -> {
            try {
                return new Done<>(work.get());
            } catch (DomainException refusal) {
                return refusal;
            }
        });
        if (outcome instanceof DomainException refusal) {
            throw refusal;
        }
        @SuppressWarnings("unchecked")
        T result = ((Done<T>) outcome).result();
        return result;
    }

    /**
     * Gives an execution values for the rest of the current command, stored nowhere. Set on the execution itself,
     * they are found there first; set through the engine's API they go to the process instance, and each
     * execution on the way up to it reads its stored variables from the database while looking for them.
     * Called inside {@link #inOne}. The execution comes with the rest of its process's tree in one read: a step
     * that opens the next task also needs the process instance (the task's escalation timer hangs off it), which
     * would otherwise be a read of its own.
     */
    public void setTransientOn(String executionId, Map<String, Object> values) {
        // the query the engine's eager tree fetching uses; its rows land in the command's entity cache
        CommandContextUtil.getDbSqlSession().selectList("selectExecutionsWithSameRootProcessInstanceId", executionId);
        ExecutionEntity execution = CommandContextUtil.getExecutionEntityManager().findById(executionId);
        values.forEach(execution::setTransientVariableLocal);
    }

    private record Done<T>(T result) {
    }
}
