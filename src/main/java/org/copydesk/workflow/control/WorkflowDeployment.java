package org.copydesk.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;

/**
 * Deploys the BPMN files packaged from {@code workflows/}. Duplicate filtering makes an unchanged file a no-op
 * and a changed one a new version, to which {@link WorkflowMigration} then moves the running articles it can.
 */
@ApplicationScoped
public class WorkflowDeployment {

    private static final Logger LOG = Logger.getLogger(WorkflowDeployment.class.getName());
    static final String WORKFLOWS = "/WEB-INF/classes/workflows/";
    static final String DEPLOYMENT_NAME = "copydesk-workflows";

    @Inject
    RepositoryService repositoryService;

    @Transactional
    public void deployAll(ServletContext context) {
        Set<String> paths = new TreeSet<>(context.getResourcePaths(WORKFLOWS));
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering();
        paths.stream().filter(path -> path.endsWith(".bpmn20.xml") || path.endsWith(".bpmn")).forEach(path -> {
            try (InputStream in = context.getResourceAsStream(path)) {
                builder.addBytes(path.substring(WORKFLOWS.length()), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        });
        Deployment deployment = builder.deploy();
        LOG.info(() -> "Workflows deployed: " + paths + " as deployment " + deployment.getId());
    }
}
