package org.copydesk.portal.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.portal.entity.AdminArticlePage;
import org.copydesk.portal.entity.Assignment;
import org.copydesk.portal.entity.AuditAnchor;
import org.copydesk.portal.entity.AuditCheck;
import org.copydesk.portal.entity.AuditEntry;
import org.copydesk.portal.entity.Cancellation;
import org.copydesk.portal.entity.DashboardFigures;
import org.copydesk.portal.entity.Definition;
import org.copydesk.portal.entity.DeskSettings;
import org.copydesk.portal.entity.FailedJob;
import org.copydesk.portal.entity.MigrationPlan;
import org.copydesk.portal.entity.MigrationRequest;
import org.copydesk.portal.entity.RealmUser;
import org.copydesk.portal.entity.RealmUserPage;
import org.copydesk.portal.entity.Task;
import org.copydesk.portal.entity.WorkflowMapState;

/** The admin part of the workflow API as the console calls it, as the signed-in admin. */
@Produces(MediaType.APPLICATION_JSON)
public interface AdminApi {

    @GET
    @Path("admin/audit/verify")
    AuditCheck verifyAudit();

    @GET
    @Path("admin/audit/anchors")
    List<AuditAnchor> anchors(@QueryParam("limit") int limit);

    @POST
    @Path("admin/audit/anchors")
    AuditAnchor anchor();

    @GET
    @Path("admin/audit/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    String exportAudit(@QueryParam("article") String article, @QueryParam("from") String from,
                       @QueryParam("to") String to, @QueryParam("format") String format);

    @GET
    @Path("admin/settings")
    DeskSettings settings();

    @PUT
    @Path("admin/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    DeskSettings changeSettings(DeskSettings settings);

    @GET
    @Path("admin/definitions")
    List<Definition> definitions();

    @POST
    @Path("admin/definitions")
    @Consumes(MediaType.APPLICATION_XML)
    Definition upload(byte[] bpmn);

    @GET
    @Path("admin/definitions/{id}/map")
    WorkflowMapState map(@PathParam("id") String definitionId);

    @GET
    @Path("admin/definitions/{id}/map.png")
    @Produces("image/png")
    byte[] mapPicture(@PathParam("id") String definitionId);

    @POST
    @Path("admin/definitions/{id}/migrations/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    MigrationPlan dryRun(@PathParam("id") String definitionId, MigrationRequest request);

    @POST
    @Path("admin/definitions/{id}/migrations")
    @Consumes(MediaType.APPLICATION_JSON)
    MigrationPlan migrate(@PathParam("id") String definitionId, MigrationRequest request);

    @GET
    @Path("admin/articles")
    AdminArticlePage articles(@QueryParam("state") String state, @QueryParam("story") String story,
                              @QueryParam("desk") String desk, @QueryParam("olderThan") String olderThan,
                              @QueryParam("assignee") String assignee, @QueryParam("overdue") String overdue,
                              @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("admin/articles/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    String cancel(@PathParam("id") String articleId, Cancellation cancellation);

    @POST
    @Path("tasks/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    Task assign(@PathParam("id") String taskId, Assignment assignment);

    @POST
    @Path("tasks/{id}/unclaim")
    Task unclaim(@PathParam("id") String taskId);

    @GET
    @Path("admin/failed-jobs")
    List<FailedJob> failedJobs();

    @POST
    @Path("admin/failed-jobs/{id}/retry")
    FailedJob retry(@PathParam("id") String jobId);

    @GET
    @Path("admin/dashboard")
    DashboardFigures dashboard(@QueryParam("days") int days);

    @GET
    @Path("admin/users")
    RealmUserPage users(@QueryParam("search") String search, @QueryParam("page") int page,
                        @QueryParam("size") int size);

    @GET
    @Path("admin/users/changes")
    List<AuditEntry> userChanges();

    @POST
    @Path("admin/users/{id}/roles/{role}")
    RealmUser grant(@PathParam("id") String userId, @PathParam("role") String role);

    @DELETE
    @Path("admin/users/{id}/roles/{role}")
    RealmUser revoke(@PathParam("id") String userId, @PathParam("role") String role);

    @POST
    @Path("admin/users/{id}/disable")
    RealmUser disable(@PathParam("id") String userId);

    @POST
    @Path("admin/users/{id}/enable")
    RealmUser enable(@PathParam("id") String userId);
}
