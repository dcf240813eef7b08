package org.copydesk.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.copydesk.admin.control.ArticleCancellation;
import org.copydesk.admin.control.ArticleFinder;
import org.copydesk.admin.entity.AdminArticleView;
import org.copydesk.admin.entity.ArticleQuery;
import org.copydesk.admin.entity.Cancellation;
import org.copydesk.domain.NoControlCharacters;
import org.copydesk.ingest.boundary.ArticlesResource;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.copydesk.web.Page;
import org.copydesk.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class AdminArticlesResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    ArticleFinder finder;

    @Inject
    ArticleCancellation cancellation;

    @GET
    @Operation(summary = "Find articles, oldest first, by state, story, desk, age (ISO-8601 duration such as PT2H or"
            + " P3D), the holder of their open task (- for nobody) and whether that task is overdue; order oldest (the"
            + " default) or newest")
    @APIResponse(responseCode = "400", description = "A parameter that cannot be read")
    public Page<AdminArticleView> find(@QueryParam("state") String state, @QueryParam("story") String story,
                                       @QueryParam("desk") @Size(max = 40) @NoControlCharacters String desk,
                                       @QueryParam("olderThan") String olderThan,
                                       @QueryParam("assignee") @Size(max = 255) @NoControlCharacters String assignee,
                                       @QueryParam("overdue") String overdue,
                                       @QueryParam("order") @DefaultValue("oldest") String order,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        ArticleQuery query = new ArticleQuery(ArticlesResource.stateOf(state), storyOf(story), blankToNull(desk),
                ageOf(olderThan), blankToNull(assignee), flagOf(overdue), newestFirst(order));
        return finder.find(query, page, size);
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an article still in review, with a reason: its process ends, it becomes CANCELLED")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "409", description = "The article has left review (published, scheduled or closed)")
    public Map<String, String> cancel(@PathParam("id") String id,
                                      @NotNull(message = "the request body is empty") @Valid Cancellation body) {
        UUID articleId = Ids.of("article", id);
        return Map.of("id", articleId.toString(), "state", cancellation.cancel(articleId, body.reason().strip()).name());
    }

    private static UUID storyOf(String story) {
        if (blankToNull(story) == null) {
            return null;
        }
        try {
            return UUID.fromString(story.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The story '" + story + "' is not a story id");
        }
    }

    private static Duration ageOf(String olderThan) {
        if (blankToNull(olderThan) == null) {
            return null;
        }
        try {
            Duration age = Duration.parse(olderThan.strip());
            if (age.isNegative()) {
                throw ProblemException.badRequest("olderThan must not be negative");
            }
            return age;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("olderThan '" + olderThan
                    + "' is not an ISO-8601 duration such as PT2H or P3D");
        }
    }

    private static Boolean flagOf(String overdue) {
        if (blankToNull(overdue) == null) {
            return null;
        }
        return switch (overdue.strip().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest("overdue must be true or false, not '" + overdue + "'");
        };
    }

    private static boolean newestFirst(String order) {
        return switch (order.strip().toLowerCase()) {
            case "oldest" -> false;
            case "newest" -> true;
            default -> throw ProblemException.badRequest("order must be oldest or newest, not '" + order + "'");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
