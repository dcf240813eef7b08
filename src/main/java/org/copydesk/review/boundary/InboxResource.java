package org.copydesk.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.core.MediaType;
import org.copydesk.review.control.Inbox;
import org.copydesk.review.entity.InboxFilter;
import org.copydesk.review.entity.InboxPage;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Page;
import org.copydesk.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR})
@Tag(name = "Tasks")
public class InboxResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    Inbox inbox;

    @GET
    @Operation(summary = "The caller's inbox: open tasks of their groups (a supervisor's: also those offered to the"
            + " supervisors) with title, story, language, desk, priority (raised for an escalated task) and due date;"
            + " scope available|mine|unclaimed|all, order priority|oldest|newest|title, paged, with counts per step")
    public InboxPage list(@QueryParam("scope") String scope, @QueryParam("taskKey") String taskKey,
                          @QueryParam("priority") String priority, @QueryParam("desk") String desk,
                          @QueryParam("language") String language, @QueryParam("title") String title,
                          @QueryParam("order") String order,
                          @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        InboxFilter filter;
        try {
            filter = new InboxFilter(InboxFilter.Scope.parse(scope), blankToNull(taskKey), blankToNull(priority),
                    blankToNull(desk), blankToNull(language), blankToNull(title), InboxFilter.Order.parse(order));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        return inbox.of(filter, page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
