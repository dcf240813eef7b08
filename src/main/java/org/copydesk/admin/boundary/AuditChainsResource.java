package org.copydesk.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.copydesk.audit.control.AuditChains;
import org.copydesk.audit.entity.AnchorView;
import org.copydesk.audit.entity.AuditVerification;
import org.copydesk.audit.entity.ChainLink;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.copydesk.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/audit")
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class AuditChainsResource {

    static final int MAX_EXPORTED = 100_000;
    private static final String CSV = "text/csv";

    @Inject
    AuditChains chains;

    @GET
    @Path("verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-verify every audit entry's seal, every chain's links and every anchor; names the first"
            + " broken link (entry, article, what broke)")
    public AuditVerification verify() {
        return chains.verify();
    }

    @GET
    @Path("anchors")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The latest anchors over the chains' heads, newest first")
    public List<AnchorView> anchors(@QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("'limit' must be between 1 and 1000");
        }
        return chains.anchors(limit);
    }

    @POST
    @Path("anchors")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Anchor the heads of the chains that moved since the last anchor now; the answer is the"
            + " last anchor when none moved")
    public AnchorView anchor() {
        return chains.anchor();
    }

    @GET
    @Path("export")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "One article's trail or a period's entries (from inclusive, to exclusive; dates or instants)"
            + " with their seals, as CSV or JSON, oldest first")
    @APIResponse(responseCode = "400", description = "An unknown format, a bad date, or a period that ends before it starts")
    @APIResponse(responseCode = "422", description = "More entries than one export holds: narrow the period")
    public Response export(@QueryParam("article") String article, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("format") @DefaultValue("json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw ProblemException.badRequest("'format' must be csv or json");
        }
        String articleId = article == null || article.isBlank() ? null : Ids.of("article", article.strip()).toString();
        Instant start = instant("from", from, false);
        Instant end = instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.badRequest("'from' must come before 'to'");
        }
        List<ChainLink> links = chains.trail(articleId, start, end, MAX_EXPORTED + 1);
        if (links.size() > MAX_EXPORTED) {
            throw ProblemException.unprocessable("More than " + MAX_EXPORTED + " entries: narrow the period");
        }
        String name = "audit-" + (articleId != null ? articleId : "entries") + "." + format;
        return Response.ok(format.equals("csv") ? AuditCsv.of(links) : links,
                        format.equals("csv") ? CSV + "; charset=UTF-8" : MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    /** A date (a whole day in UTC; 'to' includes it) or an instant. */
    private static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("'" + name + "' must be a date like 2026-11-28 or an instant like"
                    + " 2026-11-28T09:30:00Z");
        }
    }
}
