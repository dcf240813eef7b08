package org.copydesk.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.copydesk.admin.control.ServerMetrics;
import org.copydesk.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The server's figures for admins. Payara's own /metrics sits outside the applications, where no token is checked,
 * so it stays switched off and the figures are served here, behind the admin role.
 */
@Path("admin/metrics")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class MetricsResource {

    @Inject
    ServerMetrics metrics;

    @GET
    @Produces(ServerMetrics.MEDIA_TYPE)
    @Operation(summary = "The JVM's figures in the Prometheus text format")
    public String all() {
        return metrics.text();
    }
}
