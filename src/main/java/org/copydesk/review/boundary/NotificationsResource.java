package org.copydesk.review.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.copydesk.review.control.Notifications;
import org.copydesk.review.entity.NotificationList;
import org.copydesk.review.entity.NotificationView;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR})
@Tag(name = "Notifications", description = "What the caller is told: mentions, tasks handed to them, articles sent"
        + " back, overdue tasks")
public class NotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    @Operation(summary = "The caller's latest 50 notifications, newest first, and how many are unread")
    public NotificationList mine(@QueryParam("unread") boolean unreadOnly) {
        return notifications.mine(unreadOnly);
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's notifications read")
    @APIResponse(responseCode = "404", description = "No such notification of the caller's")
    public NotificationView read(@PathParam("id") String id) {
        return notifications.markRead(Ids.of("notification", id));
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all of the caller's notifications read")
    public Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead());
    }
}
