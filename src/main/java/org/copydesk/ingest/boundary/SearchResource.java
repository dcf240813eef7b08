package org.copydesk.ingest.boundary;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.copydesk.ingest.control.ArticleSearch;
import org.copydesk.ingest.entity.SearchHit;
import org.copydesk.ingest.entity.SearchQuery;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.copydesk.web.Page;
import org.copydesk.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR, Role.READER})
@Tag(name = "Articles")
public class SearchResource {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    ArticleSearch search;

    @GET
    @Operation(summary = "Full-text search over titles and working texts (?q=), filtered by state, language, desk,"
            + " story and received dates (from, to: yyyy-mm-dd); best matches first")
    public Page<SearchHit> find(@QueryParam("q") String words, @QueryParam("state") String state,
                                @QueryParam("language") String language, @QueryParam("desk") String desk,
                                @QueryParam("storyId") String storyId, @QueryParam("from") String from,
                                @QueryParam("to") String to,
                                @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        String story = storyId == null || storyId.isBlank() ? null : Ids.of("story", storyId).toString();
        return search.find(new SearchQuery(words, state, language, desk, story, date("from", from), date("to", to)),
                page, size);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("'" + name + "' must be a date like 2026-11-28");
        }
    }
}
