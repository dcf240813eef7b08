package org.copydesk.workflow.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.copydesk.workflow.entity.EditorialReview;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The start-up deployment of the packaged workflow against an admin's uploaded version, on a real engine. */
class WorkflowDeploymentTest {

    private static final Path WORKFLOW = Path.of("workflows/editorial-review.bpmn20.xml");
    private static final String FILE = "editorial-review.bpmn20.xml";

    private ProcessEngine engine;
    private WorkflowDeployment deployment;

    @BeforeEach
    void start() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID());
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        engine = configuration.buildProcessEngine();
        deployment = new WorkflowDeployment();
        deployment.repositoryService = engine.getRepositoryService();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void aRestartKeepsAnUploadedVersionTheNewest() throws Exception {
        byte[] packaged = Files.readAllBytes(WORKFLOW);
        deployment.deployPackaged(Map.of(FILE, packaged));
        ProcessDefinition uploaded = deployment.deployUpload(renamed(packaged, "Editorial review, edited"));

        deployment.deployPackaged(Map.of(FILE, packaged));

        assertThat(uploaded.getVersion()).isEqualTo(2);
        assertThat(latest().getId()).isEqualTo(uploaded.getId());
        assertThat(latest().getName()).isEqualTo("Editorial review, edited");
    }

    @Test
    void aChangedPackagedFileStillBecomesANewVersion() throws Exception {
        byte[] packaged = Files.readAllBytes(WORKFLOW);
        deployment.deployPackaged(Map.of(FILE, packaged));

        deployment.deployPackaged(Map.of(FILE, renamed(packaged, "Editorial review, next release")));

        assertThat(latest().getVersion()).isEqualTo(2);
        assertThat(latest().getName()).isEqualTo("Editorial review, next release");
    }

    private static byte[] renamed(byte[] workflow, String name) {
        return new String(workflow, StandardCharsets.UTF_8)
                .replace("name=\"Editorial review\"", "name=\"" + name + "\"").getBytes(StandardCharsets.UTF_8);
    }

    private ProcessDefinition latest() {
        return engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(EditorialReview.PROCESS_KEY).latestVersion().singleResult();
    }
}
