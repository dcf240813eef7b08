package org.copydesk.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.copydesk.admin.entity.DefinitionView;
import org.copydesk.admin.entity.MigrationPlan;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditAction;
import org.copydesk.domain.Invalid;
import org.copydesk.domain.NotFound;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.workflow.control.DefinitionCheck;
import org.copydesk.workflow.control.WorkflowDeployment;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.ProcessMigrationService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.migration.ProcessInstanceMigrationBuilder;
import org.flowable.engine.migration.ProcessInstanceMigrationValidationResult;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.engine.runtime.ProcessInstance;

/**
 * The deployed versions of the editorial review workflow. New articles start on the newest; a running article
 * keeps the version it started on unless an admin migrates it, which Flowable allows only where every active
 * step of the old version exists in the new one.
 */
@ApplicationScoped
@Transactional
public class WorkflowDefinitions {

    @Inject
    RepositoryService repositoryService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ProcessMigrationService migrationService;

    @Inject
    DefinitionCheck check;

    @Inject
    WorkflowDeployment deployment;

    @Inject
    Articles articles;

    @Inject
    AuditTrail auditTrail;

    /** Every version, newest first, with the articles running on it. */
    public List<DefinitionView> list() {
        List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(EditorialReview.PROCESS_KEY).orderByProcessDefinitionVersion().desc().list();
        int newest = definitions.isEmpty() ? 0 : definitions.get(0).getVersion();
        return definitions.stream().map(definition -> view(definition, newest)).toList();
    }

    public DefinitionView get(String definitionId) {
        ProcessDefinition definition = definition(definitionId);
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(definition.getKey()).latestVersion().singleResult();
        return view(definition, latest.getVersion());
    }

    /** Checks an uploaded BPMN file and deploys it as the newest version; refused with each problem otherwise. */
    public DefinitionView upload(byte[] xml) {
        check.deployable(xml);
        ProcessDefinition deployed = deployment.deployUpload(xml);
        auditTrail.record(null, AuditAction.WORKFLOW_DEPLOYED, "workflow " + deployed.getKey() + " version "
                + deployed.getVersion() + " deployed (" + deployed.getId() + ")");
        return view(deployed, deployed.getVersion());
    }

    /** What migrating the articles of one version to another would do, changing nothing. */
    public MigrationPlan planMigration(String toDefinitionId, String fromDefinitionId) {
        ProcessDefinition to = definition(toDefinitionId);
        ProcessDefinition from = definition(fromDefinitionId);
        ProcessInstanceMigrationValidationResult result = migration(to)
                .validateMigrationOfProcessInstances(from.getId());
        return new MigrationPlan(from.getId(), to.getId(), running(from.getId()), result.isMigrationValid(),
                result.getValidationMessages(), 0);
    }

    /** Moves every article running on one version to another, if the dry run allows it; each article's trail says so. */
    public MigrationPlan migrate(String toDefinitionId, String fromDefinitionId) {
        MigrationPlan plan = planMigration(toDefinitionId, fromDefinitionId);
        if (!plan.migratable()) {
            throw new Invalid("The articles of " + fromDefinitionId + " cannot move to " + toDefinitionId + ": "
                    + String.join("; ", plan.problems()), "Migration not possible",
                    java.util.Map.of("problems", plan.problems()));
        }
        List<String> instances = runtimeService.createProcessInstanceQuery().processDefinitionId(fromDefinitionId)
                .list().stream().map(ProcessInstance::getId).toList();
        ProcessDefinition to = definition(toDefinitionId);
        migration(to).migrateProcessInstances(fromDefinitionId);
        for (Article article : articles.byProcessInstances(instances)) {
            auditTrail.record(article.getId(), AuditAction.MIGRATED, "workflow moved from " + fromDefinitionId
                    + " to version " + to.getVersion() + " (" + to.getId() + ")");
        }
        return new MigrationPlan(plan.fromDefinitionId(), plan.toDefinitionId(), plan.articles(), true, List.of(),
                instances.size());
    }

    ProcessDefinition definition(String definitionId) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(definitionId).singleResult();
        if (definition == null || !EditorialReview.PROCESS_KEY.equals(definition.getKey())) {
            throw new NotFound("workflow definition", definitionId);
        }
        return definition;
    }

    private ProcessInstanceMigrationBuilder migration(ProcessDefinition to) {
        return migrationService.createProcessInstanceMigrationBuilder().migrateToProcessDefinition(to.getId());
    }

    private long running(String definitionId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId).count();
    }

    private DefinitionView view(ProcessDefinition definition, int newest) {
        Deployment deployed = repositoryService.createDeploymentQuery().deploymentId(definition.getDeploymentId())
                .singleResult();
        return new DefinitionView(definition.getId(), definition.getKey(), definition.getVersion(),
                deployed.getName(), deployed.getDeploymentTime().toInstant(), running(definition.getId()),
                definition.getVersion() == newest);
    }
}
