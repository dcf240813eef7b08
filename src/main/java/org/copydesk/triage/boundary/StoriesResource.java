package org.copydesk.triage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.copydesk.security.entity.Role;
import org.copydesk.triage.control.Stories;
import org.copydesk.triage.entity.StoryView;
import org.copydesk.web.Ids;
import org.copydesk.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("stories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR, Role.READER})
@Tag(name = "Triage")
public class StoriesResource {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    Stories stories;

    @GET
    @Operation(summary = "Stories (articles about one event, in any language), most recently updated first")
    public Page<StoryView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return stories.list(page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One story with its articles")
    public StoryView get(@PathParam("id") String id) {
        return stories.get(Ids.of("story", id));
    }
}
