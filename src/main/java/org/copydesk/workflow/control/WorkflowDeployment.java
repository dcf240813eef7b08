package org.copydesk.workflow.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.DeploymentBuilder;
import org.flowable.engine.repository.ProcessDefinition;

/**
 * Deploys the BPMN files packaged from {@code workflows/}. Duplicate filtering makes an unchanged file a no-op
 * and a changed one (a new release) a new version, to which {@link WorkflowMigration} then moves the running
 * articles of earlier packaged versions it can.
 * An admin's upload is a deployment of another name: duplicate filtering compares a deployment with the latest
 * one of its own name, so the next start-up finds its packaged files unchanged and leaves the uploaded version
 * the newest.
 */
@ApplicationScoped
public class WorkflowDeployment {

    private static final Logger LOG = Logger.getLogger(WorkflowDeployment.class.getName());
    static final String WORKFLOWS = "/WEB-INF/classes/workflows/";
    static final String DEPLOYMENT_NAME = "copydesk-workflows";
    public static final String UPLOAD_NAME = "copydesk-uploads";
    private static final String UPLOAD_RESOURCE = "editorial-review.bpmn20.xml";

    @Inject
    RepositoryService repositoryService;

    @Transactional
    public void deployAll(ServletContext context) {
        Map<String, byte[]> files = new TreeMap<>();
        context.getResourcePaths(WORKFLOWS).stream()
                .filter(path -> path.endsWith(".bpmn20.xml") || path.endsWith(".bpmn")).forEach(path -> {
                    try (InputStream in = context.getResourceAsStream(path)) {
                        files.put(path.substring(WORKFLOWS.length()), in.readAllBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + path, e);
                    }
                });
        Deployment deployment = deployPackaged(files);
        LOG.info(() -> "Workflows deployed: " + files.keySet() + " as deployment " + deployment.getId());
    }

    /** The packaged files by name; a no-op when they equal those of the last start-up's deployment. */
    Deployment deployPackaged(Map<String, byte[]> files) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .enableDuplicateFiltering();
        files.forEach(builder::addBytes);
        return builder.deploy();
    }

    /** Deploys a checked BPMN file as the newest version of its process; new articles start on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProcessDefinition deployUpload(byte[] xml) {
        Deployment deployment = repositoryService.createDeployment().name(UPLOAD_NAME)
                .addBytes(UPLOAD_RESOURCE, xml).deploy();
        return repositoryService.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
    }
}
