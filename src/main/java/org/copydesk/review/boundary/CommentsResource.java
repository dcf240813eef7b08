package org.copydesk.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.copydesk.domain.NoControlCharacters;
import org.copydesk.review.control.Comments;
import org.copydesk.review.entity.CommentView;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR})
@Tag(name = "Comments", description = "Reviewers' comments on an article, with @mentions")
public class CommentsResource {

    /** A comment's text; each {@code @username} of the realm in it tells that person. */
    public record NewComment(@NotBlank(message = "a comment needs some text")
                             @Size(max = 4000, message = "is longer than {max} characters")
                             @NoControlCharacters String body) {
    }

    @Inject
    Comments comments;

    @GET
    @Operation(summary = "The article's comments, oldest first")
    @APIResponse(responseCode = "404", description = "No such article")
    public List<CommentView> list(@PathParam("id") String id) {
        return comments.of(Ids.of("article", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on an article {body}; @username mentions tell those people")
    @APIResponse(responseCode = "201", description = "The comment, with the people it mentions")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "422", description = "No text, or more than 4000 characters")
    public Response add(@PathParam("id") String id,
                        @NotNull(message = "the request body must be {\"body\": ...}") @Valid NewComment comment) {
        CommentView added = comments.add(Ids.of("article", id), comment.body());
        return Response.status(Response.Status.CREATED).entity(added).build();
    }
}
