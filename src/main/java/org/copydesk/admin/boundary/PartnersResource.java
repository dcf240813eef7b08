package org.copydesk.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.copydesk.audit.entity.AuditEntryView;
import org.copydesk.publish.control.Partners;
import org.copydesk.publish.entity.PartnerView;
import org.copydesk.web.Ids;
import org.copydesk.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.copydesk.security.entity.Role;

@Path("admin/partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class PartnersResource {

    /** A partner's name, webhook URL, and whether it receives deliveries. */
    public record PartnerChange(String name, String url, Boolean active) {
    }

    @Inject
    Partners partners;

    @GET
    @Operation(summary = "Partners receiving published articles by webhook")
    public List<PartnerView> list() {
        return partners.list();
    }

    @GET
    @Path("changes")
    @Operation(summary = "Who added or changed which partner, oldest first (the audit entries; never a secret)")
    public List<AuditEntryView> changes() {
        return partners.changes();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a partner {name, url}; the answer carries its signing secret, shown only this once")
    public Response add(PartnerChange partner) {
        if (partner == null) {
            throw ProblemException.badRequest("The request body must be {\"name\": ..., \"url\": ...}");
        }
        return Response.status(Response.Status.CREATED).entity(partners.add(partner.name(), partner.url())).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a partner {name?, url?, active?}")
    public PartnerView change(@PathParam("id") String id, PartnerChange change) {
        if (change == null) {
            throw ProblemException.badRequest("The request body must be {\"name\"?, \"url\"?, \"active\"?}");
        }
        return partners.change(Ids.of("partner", id), change.name(), change.url(), change.active());
    }
}
