package org.copydesk.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditEntryView;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.copydesk.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR, Role.READER})
@Tag(name = "Audit", description = "Who did what to an article, and when")
public class AuditResource {

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "The article's full audit trail, oldest first")
    @APIResponse(responseCode = "404", description = "No such article")
    public List<AuditEntryView> trail(@PathParam("id") String id) {
        // every article's trail opens with its ingestion, in the transaction that stored it
        List<AuditEntryView> trail = auditTrail.of(Ids.of("article", id));
        if (trail.isEmpty()) {
            throw ProblemException.notFound("article", id);
        }
        return trail;
    }
}
