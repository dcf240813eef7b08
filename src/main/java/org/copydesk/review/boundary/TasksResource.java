package org.copydesk.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.copydesk.domain.NoControlCharacters;
import org.copydesk.review.control.ReviewTasks;
import org.copydesk.review.control.TaskArrivals;
import org.copydesk.review.entity.Completion;
import org.copydesk.review.entity.TaskView;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.copydesk.web.Preferences;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR})
@Tag(name = "Tasks", description = "Review tasks: triage, fact-check, revision and publish")
public class TasksResource {

    @Inject
    ReviewTasks reviewTasks;

    @Inject
    TaskArrivals arrivals;

    /**
     * A reviewer's decision on a task, with an optional comment for the record. At triage, {@code accept} may carry
     * the editor's {@code text} with the {@code baseVersion} it was edited from, {@code reject} needs a reason in {@code comment}, and {@code duplicate} names the
     * article it repeats in {@code duplicateOf}. At publish, {@code schedule} and {@code embargo} take their time in
     * {@code at} (ISO-8601).
     */
    public record Decision(@NotBlank(message = "a decision is required, one of those the task takes") String decision,
                           @Size(max = MAX_COMMENT, message = "is longer than {max} characters")
                           @NoControlCharacters String comment,
                           @NoControlCharacters String text, Integer baseVersion, String duplicateOf,
                           @Size(max = 64, message = "is longer than {max} characters") String at) {

        static final int MAX_COMMENT = 2000;
    }

    /** Whom an admin hands a task to; no assignee gives it back to its group. */
    public record Assignment(@Size(max = 255, message = "is longer than {max} characters") @NoControlCharacters
                             String assignee) {
    }

    /**
     * With an article and {@code Prefer: wait=N} (RFC 7240), a client that expects the article's next task after an
     * automatic step waits up to N seconds (at most 10) for it instead of asking again and again.
     */
    @GET
    @Operation(summary = "Open tasks the caller may act on, oldest first; filter by article or task key;"
            + " with an article, 'Prefer: wait=N' waits up to N seconds (at most 10) for a task to open")
    @APIResponse(responseCode = "200", description = "The tasks, none if none opened in the time asked for",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TaskView.class)))
    public Response open(@QueryParam("articleId") String articleId,
                         @QueryParam("taskKey") @NoControlCharacters String taskKey,
                         @HeaderParam("Prefer") String prefer) {
        UUID article = articleId == null ? null : Ids.of("article", articleId);
        Optional<Duration> asked = article == null ? Optional.empty() : Preferences.waitOf(prefer);
        if (asked.isEmpty()) {
            return Response.ok(reviewTasks.open(article, taskKey)).build();
        }
        Duration wait = TaskArrivals.allowed(asked.get());
        List<TaskView> tasks = arrivals.awaitAny(article, wait, () -> reviewTasks.open(article, taskKey));
        return Response.ok(tasks).header("Preference-Applied", "wait=" + wait.toSeconds()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One open task")
    @APIResponse(responseCode = "404", description = "No such task")
    @APIResponse(responseCode = "409", description = "The task is already completed")
    public TaskView get(@PathParam("id") String id) {
        return reviewTasks.get(id);
    }

    @POST
    @Path("{id}/claim")
    @Operation(summary = "Claim a task so that nobody else works on it")
    @APIResponse(responseCode = "403", description = "Not in the task's group, or separation of duties")
    @APIResponse(responseCode = "409", description = "Claimed by someone else, or already completed")
    public TaskView claim(@PathParam("id") String id) {
        return reviewTasks.claim(id);
    }

    @POST
    @Path("{id}/unclaim")
    @Operation(summary = "Give a claimed task back to its group")
    @APIResponse(responseCode = "409", description = "Not claimed by the caller, or already completed")
    public TaskView unclaim(@PathParam("id") String id) {
        return reviewTasks.unclaim(id);
    }

    @POST
    @Path("{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(summary = "Reassign a task {assignee} (admin only); a null assignee returns it to its group")
    public TaskView assign(@PathParam("id") String id, @Valid Assignment assignment) {
        String assignee = assignment == null || assignment.assignee() == null || assignment.assignee().isBlank()
                ? null : assignment.assignee().strip();
        return reviewTasks.assign(id, assignee);
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete a claimed task with a decision {decision, comment?, text? with baseVersion, duplicateOf?, at?}")
    @APIResponse(responseCode = "409", description = "Claimed by someone else, not claimed, or already completed;"
            + " or the text was changed since baseVersion (the problem carries both texts)")
    @APIResponse(responseCode = "422", description = "The decision is not one this task takes")
    public Completion complete(@PathParam("id") String id,
                               @NotNull(message = "the request body must be {\"decision\": ..., \"comment\": ...}")
                               @Valid Decision decision) {
        return reviewTasks.complete(id, decision.decision(), decision.comment(), decision.text(),
                decision.baseVersion(), decision.duplicateOf(), decision.at());
    }
}
