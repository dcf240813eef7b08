package org.copydesk.portal.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.portal.entity.Article;
import org.copydesk.portal.entity.AuditEntry;
import org.copydesk.portal.entity.Claim;
import org.copydesk.portal.entity.Comment;
import org.copydesk.portal.entity.Completion;
import org.copydesk.portal.entity.Decision;
import org.copydesk.portal.entity.Finding;
import org.copydesk.portal.entity.InboxResult;
import org.copydesk.portal.entity.NewComment;
import org.copydesk.portal.entity.Notification;
import org.copydesk.portal.entity.NotificationList;
import org.copydesk.portal.entity.SearchResult;
import org.copydesk.portal.entity.Story;
import org.copydesk.portal.entity.Task;
import org.copydesk.portal.entity.Verdict;
import org.copydesk.portal.entity.Version;

/**
 * The workflow REST API as the portal calls it, always as the signed-in person: every rule (who may, separation
 * of duties, the publish gate) and every audit entry stays in the API.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface WorkflowApi {

    @GET
    @Path("inbox")
    InboxResult inbox(@QueryParam("scope") String scope, @QueryParam("taskKey") String taskKey,
                      @QueryParam("priority") String priority, @QueryParam("desk") String desk,
                      @QueryParam("language") String language, @QueryParam("title") String title,
                      @QueryParam("order") String order, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("tasks")
    List<Task> tasksOf(@QueryParam("articleId") String articleId);

    @POST
    @Path("tasks/{id}/claim")
    Task claim(@PathParam("id") String taskId);

    @POST
    @Path("tasks/{id}/unclaim")
    Task unclaim(@PathParam("id") String taskId);

    @POST
    @Path("tasks/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    Completion complete(@PathParam("id") String taskId, Decision decision);

    @GET
    @Path("articles/{id}")
    Article article(@PathParam("id") String articleId);

    @GET
    @Path("articles/{id}/original")
    @Produces(MediaType.TEXT_PLAIN)
    String original(@PathParam("id") String articleId);

    @GET
    @Path("articles/{id}/findings")
    List<Finding> findings(@PathParam("id") String articleId);

    @POST
    @Path("articles/{id}/findings/{findingId}/restore")
    Finding restore(@PathParam("id") String articleId, @PathParam("findingId") String findingId);

    @GET
    @Path("articles/{id}/claims")
    List<Claim> claims(@PathParam("id") String articleId);

    @PUT
    @Path("articles/{id}/claims/{claimId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Claim rate(@PathParam("id") String articleId, @PathParam("claimId") String claimId, Verdict verdict);

    @GET
    @Path("articles/{id}/versions")
    List<Version> versions(@PathParam("id") String articleId);

    @GET
    @Path("articles/{id}/versions/{number}/diff")
    @Produces(MediaType.TEXT_PLAIN)
    String diff(@PathParam("id") String articleId, @PathParam("number") int number, @QueryParam("from") int from);

    @GET
    @Path("articles/{id}/audit")
    List<AuditEntry> audit(@PathParam("id") String articleId);

    @GET
    @Path("articles/{id}/comments")
    List<Comment> comments(@PathParam("id") String articleId);

    @POST
    @Path("articles/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    Comment comment(@PathParam("id") String articleId, NewComment comment);

    @GET
    @Path("notifications")
    NotificationList notifications(@QueryParam("unread") boolean unreadOnly);

    @POST
    @Path("notifications/{id}/read")
    Notification markRead(@PathParam("id") String notificationId);

    @POST
    @Path("notifications/read")
    void markAllRead();

    @GET
    @Path("search")
    SearchResult search(@QueryParam("q") String words, @QueryParam("state") String state,
                        @QueryParam("language") String language, @QueryParam("desk") String desk,
                        @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") int page,
                        @QueryParam("size") int size);

    @GET
    @Path("stories/{id}")
    Story story(@PathParam("id") String storyId);
}
