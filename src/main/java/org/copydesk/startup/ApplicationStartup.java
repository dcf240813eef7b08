package org.copydesk.startup;

import org.copydesk.platform.DatabaseMigrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.audit.control.AnchorSchedule;
import org.copydesk.audit.control.AuditChains;
import org.copydesk.ingest.control.SampleArticles;
import org.copydesk.publish.control.Dispatcher;
import org.copydesk.workflow.control.WorkflowDeployment;
import org.copydesk.workflow.control.WorkflowEngine;
import org.copydesk.workflow.control.WorkflowMigration;

/**
 * Start-up in the order things depend on each other: schema, older audit entries sealed, engine, workflows, the
 * sample articles, then deliveries and audit anchors.
 */
@ApplicationScoped
public class ApplicationStartup {

    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    DatabaseMigrations migrations;

    @Inject
    AuditChains auditChains;

    @Inject
    AnchorSchedule anchorSchedule;

    @Inject
    WorkflowEngine engine;

    @Inject
    WorkflowDeployment deployment;

    @Inject
    WorkflowMigration workflowMigration;

    @Inject
    SampleArticles samples;

    @Inject
    Dispatcher dispatcher;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        migrations.migrate();
        auditChains.sealOlderEntries();
        engine.start();
        deployment.deployAll(context);
        try {
            workflowMigration.moveRunningToNewest();
        } catch (RuntimeException e) {
            // a node starting at the same moment may be moving the same articles; they are moved on a later start
            LOG.log(Level.WARNING, "Running articles stay on their workflow versions for now", e);
        }
        samples.loadIfWanted(context);
        dispatcher.start();
        anchorSchedule.start();
    }
}
