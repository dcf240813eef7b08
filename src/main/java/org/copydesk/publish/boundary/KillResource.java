package org.copydesk.publish.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.copydesk.publish.control.AfterPublication;
import org.copydesk.publish.entity.PublicationView;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.copydesk.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles/{id}/kill")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PUBLISHER, Role.ADMIN})
@Tag(name = "Publishing", description = "Publishing, deliveries, corrections and kills")
public class KillResource {

    /** Why the article is killed; readers see it in the kill notice. */
    public record Kill(String reason) {
    }

    @Inject
    AfterPublication afterPublication;

    @POST
    @Operation(summary = "Kill a published article {reason}: an admin at once, a publisher with a second one")
    @APIResponse(responseCode = "200", description = "Killed (state KILLED), or asked for (state PUBLISHED)")
    @APIResponse(responseCode = "409", description = "Not published, already killed, or asked for by the caller")
    public PublicationView kill(@PathParam("id") String id, Kill kill) {
        if (kill == null) {
            throw ProblemException.badRequest("The request body must be {\"reason\": ...}");
        }
        return afterPublication.kill(Ids.of("article", id), kill.reason());
    }
}
