package org.copydesk.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.copydesk.admin.control.Dashboard;
import org.copydesk.admin.entity.DashboardView;
import org.copydesk.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class DashboardResource {

    @Inject
    Dashboard dashboard;

    @GET
    @Operation(summary = "Articles per state and overdue tasks per group now; published articles, contradictions"
            + " found and claims rated per day, and the median and 90th percentile time in each step, over the last days")
    public DashboardView get(@QueryParam("days") @DefaultValue("14") @Min(1) @Max(Dashboard.MAX_DAYS) int days) {
        return dashboard.of(days);
    }
}
