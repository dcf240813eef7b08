package org.copydesk.ingest.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.entity.Article;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles/{id}/original")
@Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR, Role.READER})
@Tag(name = "Articles")
public class OriginalTextResource {

    @Inject
    Articles articles;

    @GET
    @Operation(summary = "The article's text as received, before triage removed anything; findings' spans point"
            + " into it")
    public String original(@PathParam("id") String id) {
        Article article = articles.get(Ids.of("article", id));
        return article.getOriginalText() == null ? article.getWorkingText() : article.getOriginalText();
    }
}
