package org.copydesk.factcheck.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.domain.NoControlCharacters;
import org.copydesk.factcheck.control.ClaimLedger;
import org.copydesk.factcheck.control.ClaimVerdicts;
import org.copydesk.factcheck.entity.ClaimView;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("articles/{id}/claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.SUPERVISOR, Role.READER})
@Tag(name = "Fact-check", description = "The claim ledger, contradictions and the newsroom's fact base")
public class ClaimsResource {

    @Inject
    ClaimLedger ledger;

    @Inject
    ClaimVerdicts verdicts;

    /** A fact-checker's verdict on a claim: status, evidence (a source URL or a note), and a correction if false. */
    public record Verdict(String status,
                          @Size(max = ClaimLedger.MAX_NOTE, message = "is longer than {max} characters")
                          @NoControlCharacters String evidence,
                          @Size(max = ClaimLedger.MAX_NOTE, message = "is longer than {max} characters")
                          @NoControlCharacters String correction) {
    }

    @GET
    @Operation(summary = "The article's claims in text order, with verdicts, contradictions and agreements")
    public List<ClaimView> list(@PathParam("id") String id) {
        return ledger.of(Ids.of("article", id));
    }

    @PUT
    @Path("{claimId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.FACT_CHECKER, Role.SUPERVISOR})
    @Operation(summary = "Rate a claim {status, evidence, correction?}; by the holder of the fact-check task")
    @APIResponse(responseCode = "409", description = "The caller does not hold the article's open fact-check task")
    @APIResponse(responseCode = "422", description = "Unknown status, missing evidence, or a misplaced correction")
    public ClaimView rate(@PathParam("id") String id, @PathParam("claimId") String claimId,
                          @NotNull(message = "the request body must be {\"status\": ..., \"evidence\": ...}")
                          @Valid Verdict verdict) {
        return verdicts.rate(Ids.of("article", id), Ids.of("claim", claimId), verdict.status(), verdict.evidence(),
                verdict.correction());
    }

    @GET
    @Path("reviews")
    @Operation(summary = "The schema.org ClaimReview documents (JSON-LD) kept for publishing with the article")
    public List<JsonObject> claimReviews(@PathParam("id") String id) {
        return ledger.claimReviews(Ids.of("article", id));
    }
}
