package org.copydesk.startup;

import org.copydesk.platform.CopydeskDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.copydesk.workflow.control.WorkflowEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the workflow engine runs. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = CopydeskDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    WorkflowEngine engine;

    @Override
    public HealthCheckResponse call() {
        boolean database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(2);
        } catch (SQLException e) {
            database = false;
        }
        return HealthCheckResponse.named("copydesk")
                .status(database && engine.isRunning())
                .withData("database", database)
                .withData("workflowEngine", engine.isRunning())
                .build();
    }
}
