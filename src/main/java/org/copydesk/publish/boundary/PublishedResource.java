package org.copydesk.publish.boundary;

import static org.copydesk.platform.JsonDocuments.JSON;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.copydesk.domain.NotFound;
import org.copydesk.publish.control.PublicChannels;
import org.copydesk.publish.entity.Channel;
import org.copydesk.publish.entity.ChannelItem;
import org.copydesk.web.Page;
import org.copydesk.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public read API: published articles in IPTC ninjs 2.x, without a token. */
@Path("published")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Published", description = "What readers see: published articles as ninjs, the Atom feed")
@SecurityRequirement(name = "none")
public class PublishedResource {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    PublicChannels channels;

    @GET
    @Operation(summary = "Published articles as ninjs items, newest first, paged (no token needed)")
    public Response list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        Page<ChannelItem> found = channels.published(page, size);
        if (found.pastLastPage()) {
            throw ProblemException.badRequest(found.pastLastPageReason());
        }
        JsonArrayBuilder items = JSON.createArrayBuilder();
        found.items().forEach(item -> items.add(parse(item.getContent())));
        JsonObject body = JSON.createObjectBuilder().add("items", items).add("page", page).add("size", size)
                .add("total", found.total()).build();
        return Response.ok(body.toString()).cacheControl(shortCache()).build();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One published article as a ninjs item, with an ETag; If-None-Match answers 304")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given")
    @APIResponse(responseCode = "404", description = "Not published, or still under embargo")
    @APIResponse(responseCode = "410", description = "Killed: the body is the kill notice as a canceled ninjs item")
    public Response one(@PathParam("slug") String slug, @Context Request request) {
        ChannelItem item = channels.item(Channel.API, slug)
                .orElseThrow(() -> new NotFound("published article", slug));
        EntityTag etag = new EntityTag(item.getEtag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.tag(etag).cacheControl(shortCache()).build();
        }
        return Response.status(item.isKilled() ? Response.Status.GONE : Response.Status.OK)
                .entity(item.getContent()).tag(etag).cacheControl(shortCache()).build();
    }

    static CacheControl shortCache() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(30);
        return cache;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
