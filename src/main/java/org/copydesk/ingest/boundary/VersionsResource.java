package org.copydesk.ingest.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.copydesk.ingest.control.ArticleVersions;
import org.copydesk.ingest.entity.ArticleVersion;
import org.copydesk.security.entity.Role;
import org.copydesk.web.ProblemException;
import org.copydesk.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles/{id}/versions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR, Role.READER})
@Tag(name = "Articles")
public class VersionsResource {

    @Inject
    ArticleVersions versions;

    /** One version; the text only when a single version is asked for. */
    public record VersionView(int number, String author, String reason, Instant createdAt, int length, String text) {
        static VersionView of(ArticleVersion version, boolean withText) {
            return new VersionView(version.getNumber(), version.getAuthor(), version.getReason(),
                    version.getCreatedAt(), version.getText().length(), withText ? version.getText() : null);
        }
    }

    @GET
    @Operation(summary = "The versions of the article's working text, oldest first")
    public List<VersionView> list(@PathParam("id") String id) {
        return versions.of(Ids.of("article", id)).stream().map(version -> VersionView.of(version, false)).toList();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One version with its text")
    public VersionView get(@PathParam("id") String id, @PathParam("number") int number) {
        return VersionView.of(versions.get(Ids.of("article", id), number), true);
    }

    @GET
    @Path("{number}/diff")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A unified diff from version ?from= (default: the one before) to this one")
    public String diff(@PathParam("id") String id, @PathParam("number") int number, @QueryParam("from") Integer from) {
        int base = from == null ? number - 1 : from;
        if (base < 1) {
            throw ProblemException.badRequest("There is no version before " + number + "; give ?from=");
        }
        return versions.diff(Ids.of("article", id), base, number);
    }
}
