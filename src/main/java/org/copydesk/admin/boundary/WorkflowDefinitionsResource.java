package org.copydesk.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.copydesk.admin.control.WorkflowDefinitions;
import org.copydesk.admin.control.WorkflowMap;
import org.copydesk.admin.entity.DefinitionView;
import org.copydesk.admin.entity.MigrationPlan;
import org.copydesk.admin.entity.MigrationRequest;
import org.copydesk.admin.entity.WorkflowMapView;
import org.copydesk.security.entity.Role;
import org.copydesk.web.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/definitions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class WorkflowDefinitionsResource {

    static final String PNG = "image/png";

    @Inject
    WorkflowDefinitions definitions;

    @Inject
    WorkflowMap map;

    @GET
    @Operation(summary = "The deployed versions of the editorial review workflow, newest first, with the articles running on each")
    public List<DefinitionView> list() {
        return definitions.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One deployed version")
    @APIResponse(responseCode = "404", description = "No such version")
    public DefinitionView get(@PathParam("id") String id) {
        return definitions.get(id);
    }

    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(summary = "Deploy a new version of the editorial review workflow (BPMN 2.0 XML with its diagram);"
            + " new articles start on it, running ones keep theirs")
    @APIResponse(responseCode = "201", description = "Deployed")
    @APIResponse(responseCode = "400", description = "No file in the body")
    @APIResponse(responseCode = "422", description = "Not deployable: each problem in errors, with its element")
    public Response upload(byte[] bpmn) {
        if (bpmn == null || bpmn.length == 0) {
            throw ProblemException.badRequest("The request body is empty: send the BPMN file");
        }
        DefinitionView deployed = definitions.upload(bpmn);
        return Response.created(UriBuilder.fromResource(WorkflowDefinitionsResource.class).path(deployed.id()).build())
                .entity(deployed).build();
    }

    @GET
    @Path("{id}/map")
    @Operation(summary = "How many articles of this version wait at each element, and how many of them are overdue")
    @APIResponse(responseCode = "404", description = "No such version")
    public WorkflowMapView map(@PathParam("id") String id) {
        return map.of(id);
    }

    @GET
    @Path("{id}/map.png")
    @Produces(PNG)
    @Operation(summary = "The diagram of this version with the elements where articles wait highlighted")
    @APIResponse(responseCode = "404", description = "No such version")
    public byte[] picture(@PathParam("id") String id) {
        return map.picture(id);
    }

    @POST
    @Path("{id}/migrations/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check whether the articles running on fromDefinitionId could move to this version; changes nothing")
    @APIResponse(responseCode = "404", description = "No such version")
    public MigrationPlan dryRun(@PathParam("id") String id,
                                @NotNull(message = "the request body is empty") @Valid MigrationRequest request) {
        return definitions.planMigration(id, request.fromDefinitionId());
    }

    @POST
    @Path("{id}/migrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the articles running on fromDefinitionId to this version; each article's trail records it")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "422", description = "The engine cannot migrate them: the reasons in problems")
    public MigrationPlan migrate(@PathParam("id") String id,
                                 @NotNull(message = "the request body is empty") @Valid MigrationRequest request) {
        return definitions.migrate(id, request.fromDefinitionId());
    }
}
