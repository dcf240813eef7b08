package org.copydesk.publish.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

@Path("articles/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PUBLISHER, Role.ADMIN})
@Tag(name = "Publishing", description = "Publishing, deliveries, corrections and kills")
public class ArticleDeliveriesResource {

    @Inject
    Deliveries deliveries;

    @GET
    @Operation(summary = "The article's delivery log: every channel and partner, every version, every attempt")
    public List<DeliveryView> log(@PathParam("id") String id) {
        return deliveries.ofArticle(Ids.of("article", id));
    }
}
