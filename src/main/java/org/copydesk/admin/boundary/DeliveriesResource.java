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
import org.copydesk.publish.control.Deliveries;
import org.copydesk.publish.entity.DeliveryView;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/dead-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class DeliveriesResource {

    @Inject
    Deliveries deliveries;

    @GET
    @Operation(summary = "Deliveries that failed on every attempt (dead letters), oldest first, with their attempts")
    public List<DeliveryView> dead() {
        return deliveries.dead();
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Send a dead delivery again, with the same webhook-id and fresh attempts")
    public DeliveryView resend(@PathParam("id") String id) {
        return deliveries.resend(Ids.of("delivery", id));
    }
}
