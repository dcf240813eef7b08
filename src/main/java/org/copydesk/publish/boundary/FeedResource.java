package org.copydesk.publish.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.copydesk.publish.control.PublicChannels;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("feed")
@PermitAll
@Tag(name = "Published")
@SecurityRequirement(name = "none")
public class FeedResource {

    static final String ATOM = "application/atom+xml";

    @Inject
    PublicChannels channels;

    @GET
    @Produces(ATOM)
    @Operation(summary = "Atom feed of published and corrected articles, latest first (no token needed)")
    public Response feed() {
        return Response.ok(channels.atomFeed(), ATOM + ";charset=utf-8")
                .cacheControl(PublishedResource.shortCache()).build();
    }
}
