package org.copydesk.triage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.security.entity.Role;
import org.copydesk.triage.control.TriageFindings;
import org.copydesk.triage.entity.FindingView;
import org.copydesk.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles/{id}/findings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR, Role.READER})
@Tag(name = "Triage", description = "What automatic triage found, and stories")
public class FindingsResource {

    @Inject
    TriageFindings findings;

    @GET
    @Operation(summary = "What automatic triage found, each with its span in the original text and why")
    public List<FindingView> list(@PathParam("id") String id) {
        return findings.of(Ids.of("article", id));
    }

    @POST
    @Path("{findingId}/restore")
    @RolesAllowed({Role.TRIAGE_EDITOR, Role.ADMIN})
    @Operation(summary = "Undo a removal: the span goes back into the working text, as a new version")
    public FindingView restore(@PathParam("id") String id, @PathParam("findingId") String findingId) {
        return findings.restore(Ids.of("article", id), Ids.of("finding", findingId));
    }
}
