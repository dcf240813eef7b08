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

/** Corrections of a published article. The kill has a resource of its own: a class at "articles/{id}" would take
 * every address under an article from the other resources. */
@Path("articles/{id}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PUBLISHER, Role.ADMIN})
@Tag(name = "Publishing", description = "Publishing, deliveries, corrections and kills")
public class CorrectionsResource {

    /** A correction: a new headline, a new text, or both, and the note readers see with it. */
    public record Correction(String headline, String text, String note) {
    }

    @Inject
    AfterPublication afterPublication;

    @POST
    @Operation(summary = "Correct a published article {headline?, text?, note}: a new version to every channel")
    @APIResponse(responseCode = "403", description = "Not a publisher")
    @APIResponse(responseCode = "409", description = "Not published (yet), or killed")
    public PublicationView correct(@PathParam("id") String id, Correction correction) {
        if (correction == null) {
            throw ProblemException.badRequest("The request body must be {\"text\"?, \"headline\"?, \"note\": ...}");
        }
        return afterPublication.correct(Ids.of("article", id), correction.headline(), correction.text(),
                correction.note());
    }
}
