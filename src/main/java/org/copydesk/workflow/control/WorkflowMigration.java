package org.copydesk.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.flowable.engine.ProcessMigrationService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.migration.ProcessInstanceMigrationBuilder;
import org.flowable.engine.migration.ProcessInstanceMigrationValidationResult;
import org.flowable.engine.repository.ProcessDefinition;

/**
 * Moves the articles still running on an earlier version of a workflow to the newest one, wherever Flowable
 * validates the move (each open step exists in the newest version under the same id). An article left on an
 * older version lacks what came later: the correction and kill paths after publication, for one.
 */
@ApplicationScoped
public class WorkflowMigration {

    private static final Logger LOG = Logger.getLogger(WorkflowMigration.class.getName());

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ProcessMigrationService processMigrationService;

    /** Returns how many running articles were moved. */
    @Transactional
    public long moveRunningToNewest() {
        long moved = 0;
        for (ProcessDefinition newest : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            List<ProcessDefinition> older = repositoryService.createProcessDefinitionQuery()
                    .processDefinitionKey(newest.getKey()).list().stream()
                    .filter(definition -> definition.getVersion() < newest.getVersion()).toList();
            for (ProcessDefinition earlier : older) {
                moved += move(earlier, newest);
            }
        }
        return moved;
    }

    private long move(ProcessDefinition earlier, ProcessDefinition newest) {
        long running = runtimeService.createProcessInstanceQuery().processDefinitionId(earlier.getId()).count();
        if (running == 0) {
            return 0;
        }
        ProcessInstanceMigrationBuilder migration = processMigrationService.createProcessInstanceMigrationBuilder()
                .migrateToProcessDefinition(newest.getId());
        ProcessInstanceMigrationValidationResult validation =
                migration.validateMigrationOfProcessInstances(earlier.getId());
        if (validation.hasErrors()) {
            LOG.warning(() -> running + " running instances of " + earlier.getKey() + " version "
                    + earlier.getVersion() + " stay on it, they cannot move to version " + newest.getVersion() + ": "
                    + validation.getValidationMessages());
            return 0;
        }
        migration.migrateProcessInstances(earlier.getId());
        LOG.info(() -> running + " running instances of " + earlier.getKey() + " moved from version "
                + earlier.getVersion() + " to version " + newest.getVersion());
        return running;
    }
}
