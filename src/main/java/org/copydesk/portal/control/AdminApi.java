package org.copydesk.portal.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.portal.entity.AuditAnchor;
import org.copydesk.portal.entity.AuditCheck;
import org.copydesk.portal.entity.DeskSettings;

/** The admin calls of the workflow API as the console makes them, always as the signed-in admin. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public interface AdminApi {

    @GET
    @Path("audit/verify")
    AuditCheck verifyAudit();

    @GET
    @Path("audit/anchors")
    List<AuditAnchor> anchors(@QueryParam("limit") int limit);

    @POST
    @Path("audit/anchors")
    AuditAnchor anchor();

    @GET
    @Path("audit/export")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    String exportAudit(@QueryParam("article") String article, @QueryParam("from") String from,
                       @QueryParam("to") String to, @QueryParam("format") String format);

    @GET
    @Path("settings")
    DeskSettings settings();

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    DeskSettings changeSettings(DeskSettings settings);
}
