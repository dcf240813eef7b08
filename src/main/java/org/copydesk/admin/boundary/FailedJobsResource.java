package org.copydesk.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.admin.control.FailedJobs;
import org.copydesk.admin.entity.FailedJobView;
import org.copydesk.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/failed-jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class FailedJobsResource {

    @Inject
    FailedJobs failedJobs;

    @GET
    @Operation(summary = "Automatic steps that failed on every try, oldest first, with the article and the reason")
    public List<FailedJobView> list() {
        return failedJobs.list();
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Run a failed automatic step again, with fresh retries")
    public FailedJobView retry(@PathParam("id") String id) {
        return failedJobs.retry(id);
    }
}
