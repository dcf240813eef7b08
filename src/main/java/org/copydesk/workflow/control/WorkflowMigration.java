package org.copydesk.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.flowable.engine.ProcessMigrationService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.migration.ProcessInstanceMigrationBuilder;
import org.flowable.engine.migration.ProcessInstanceMigrationValidationResult;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;

/**
 * Moves the articles still running on an earlier packaged version of a workflow to the newest packaged one (a
 * release changed the file), wherever Flowable validates the move (each open step exists in the newest version under the same id). An article left on an
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

    /**
     * Returns how many running articles were moved. Only versions packaged with the application take part: a
     * version an admin uploaded is the admin's to move articles to or from (the console's migration).
     */
    @Transactional
    public long moveRunningToNewest() {
        Set<String> packaged = repositoryService.createDeploymentQuery()
                .deploymentName(WorkflowDeployment.DEPLOYMENT_NAME).list().stream()
                .map(Deployment::getId).collect(Collectors.toSet());
        if (packaged.isEmpty()) {
            return 0;
        }
        Map<String, List<ProcessDefinition>> byKey = repositoryService.createProcessDefinitionQuery()
                .deploymentIds(packaged).list().stream()
                .collect(Collectors.groupingBy(ProcessDefinition::getKey));
        long moved = 0;
        for (List<ProcessDefinition> versions : byKey.values()) {
            ProcessDefinition newest = versions.stream()
                    .max(Comparator.comparingInt(ProcessDefinition::getVersion)).orElseThrow();
            for (ProcessDefinition earlier : versions) {
                if (earlier.getVersion() < newest.getVersion()) {
                    moved += move(earlier, newest);
                }
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
