package org.copydesk.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.copydesk.audit.control.AuditTrail;
import org.copydesk.audit.entity.AuditEntryView;
import org.copydesk.ingest.control.Articles;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles/{id}/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.READER})
@Tag(name = "Audit", description = "Who did what to an article, and when")
public class AuditResource {

    @Inject
    Articles articles;

    @Inject
    AuditTrail auditTrail;

    @GET
    @Operation(summary = "The article's full audit trail, oldest first")
    @APIResponse(responseCode = "404", description = "No such article")
    public List<AuditEntryView> trail(@PathParam("id") String id) {
        UUID articleId = articles.get(Ids.of("article", id)).getId();
        return auditTrail.of(articleId);
    }
}
