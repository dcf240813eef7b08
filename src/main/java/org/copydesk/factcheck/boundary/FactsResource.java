package org.copydesk.factcheck.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.copydesk.domain.NoControlCharacters;
import org.copydesk.factcheck.control.FactBase;
import org.copydesk.factcheck.entity.FactView;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.copydesk.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("facts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR, Role.READER})
@Tag(name = "Fact-check", description = "The claim ledger, contradictions and the newsroom's fact base")
public class FactsResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    FactBase factBase;

    /** Which verified claim becomes a reference fact. */
    public record Promotion(@NotBlank(message = "must name a verified claim") String claimId) {
    }

    @GET
    @Operation(summary = "Reference facts, newest first; ?subject= narrows to subject keys starting with it")
    public Page<FactView> list(@QueryParam("subject") @NoControlCharacters String subject,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return factBase.list(subject == null || subject.isBlank() ? null : subject, page, size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FACT_CHECKER, Role.ADMIN})
    @Operation(summary = "Promote a verified claim {claimId} to a reference fact")
    @APIResponse(responseCode = "201", description = "The new reference fact")
    @APIResponse(responseCode = "409", description = "The claim is not verified, or the fact base already has it")
    @APIResponse(responseCode = "422", description = "No such claim, or a claim that cannot be compared")
    public Response promote(@NotNull(message = "the request body must name a verified claim: {\"claimId\": ...}")
                            @Valid Promotion promotion, @Context UriInfo uriInfo) {
        FactView fact = factBase.promote(Ids.inBody("claimId", "a claim", promotion.claimId()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(fact.id().toString()).build()).entity(fact)
                .build();
    }

    @DELETE
    @Path("{factId}")
    @RolesAllowed({Role.FACT_CHECKER, Role.ADMIN})
    @Operation(summary = "Retire a reference fact that no longer holds")
    public Response retire(@PathParam("factId") String factId) {
        factBase.retire(Ids.of("reference fact", factId));
        return Response.noContent().build();
    }
}
