package org.copydesk.ingest.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import org.copydesk.ingest.control.ArticleIntake;
import org.copydesk.ingest.control.ArticleIntake.Receipt;
import org.copydesk.ingest.control.Articles;
import org.copydesk.ingest.control.SubmissionReader;
import org.copydesk.ingest.entity.ArticleListItem;
import org.copydesk.workflow.entity.ArticleState;
import org.copydesk.ingest.entity.ArticleView;
import org.copydesk.ingest.entity.Submission;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.copydesk.web.Page;
import org.copydesk.web.ProblemException;
import org.copydesk.web.StrictDecoding;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.INGEST, Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR,
        Role.READER})
@Tag(name = "Articles", description = "Ingest articles and follow them through review")
public class ArticlesResource {

    static final String TITLE_HEADER = "X-Article-Title";
    static final String SOURCE_HEADER = "X-Article-Source";
    static final String URL_HEADER = "X-Article-Url";
    static final int MAX_PAGE_SIZE = 200;

    @Inject
    ArticleIntake intake;

    @Inject
    Articles articles;

    /** The JSON form of a submitted article. */
    public record ArticleSubmission(String title, String body, String source, String url, String language) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest an article sent as JSON {title, body, source, url?, language?}")
    @APIResponse(responseCode = "201", description = "A new article; its review has started")
    @APIResponse(responseCode = "200", description = "The same content from this source was already received")
    @APIResponse(responseCode = "422", description = "A required field is missing or invalid")
    @RolesAllowed({Role.INGEST, Role.TRIAGE_EDITOR, Role.ADMIN})
    public Response ingestJson(@NotNull(message = "the request body is empty") ArticleSubmission body) {
        return answer(intake.receive(SubmissionReader.fromJson(body.title(), body.body(), body.source(),
                body.url(), body.language())));
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @RolesAllowed({Role.INGEST, Role.TRIAGE_EDITOR, Role.ADMIN})
    @Operation(summary = "Ingest a plain-text or HTML article; the title is the X-Article-Title header, else the"
            + " first line (text) or the <title> or first heading (HTML)")
    @APIResponse(responseCode = "201", description = "A new article; its review has started")
    @APIResponse(responseCode = "200", description = "The same content from this source was already received")
    @APIResponse(responseCode = "422", description = "A required field is missing, a control character, or bytes"
            + " that are not text in the declared charset (unless ?malformed=replace)")
    public Response ingestText(byte[] content, @Context HttpHeaders headers,
                               @HeaderParam(TITLE_HEADER) String title,
                               @HeaderParam(SOURCE_HEADER) String source,
                               @HeaderParam(URL_HEADER) String url,
                               @Parameter(description = "refuse (default): bytes that are not text in the declared"
                                       + " charset are a 422; replace: they become U+FFFD")
                               @QueryParam("malformed") @DefaultValue("refuse")
                               @Pattern(regexp = "refuse|replace", message = "must be refuse or replace")
                               String malformed) {
        boolean html = MediaType.TEXT_HTML_TYPE.isCompatible(headers.getMediaType());
        Charset charset = charsetOf(headers);
        String text = "replace".equals(malformed) ? new String(content, charset)
                : StrictDecoding.decode(content, charset, "; send ?malformed=replace to accept it with U+FFFD"
                + " in place of such bytes");
        Submission submission = html
                ? SubmissionReader.fromHtml(content, text, title, source, url, languageOf(headers))
                : SubmissionReader.fromPlainText(content, text, title, source, url, languageOf(headers));
        return answer(intake.receive(submission));
    }

    @GET
    @Operation(summary = "List articles, newest first, optionally in one state")
    public Page<ArticleListItem> list(@QueryParam("state") String state,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return articles.list(stateOf(state), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One article with its working text and state")
    @APIResponse(responseCode = "404", description = "No such article")
    public ArticleView get(@PathParam("id") String id) {
        return ArticleView.of(articles.get(Ids.of("article", id)));
    }

    /** The state a query parameter names, in any case; null when blank; 400 for a state that does not exist. */
    public static ArticleState stateOf(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ArticleState.valueOf(state.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Unknown state '" + state + "'; one of "
                    + Arrays.toString(ArticleState.values()));
        }
    }

    private static Response answer(Receipt receipt) {
        ArticleView article = receipt.article();
        if (!receipt.created()) {
            return Response.ok(article).build();
        }
        return Response.created(URI.create("/api/articles/" + article.id())).entity(article).build();
    }

    private static Charset charsetOf(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ProblemException.unprocessable("Unknown charset '" + charset + "'");
        }
    }

    private static String languageOf(HttpHeaders headers) {
        return headers.getLanguage() == null ? null : headers.getLanguage().toLanguageTag();
    }
}
