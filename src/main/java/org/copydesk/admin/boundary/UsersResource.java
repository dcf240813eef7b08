package org.copydesk.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.copydesk.admin.control.RealmUsers;
import org.copydesk.admin.entity.UserView;
import org.copydesk.audit.entity.AuditEntryView;
import org.copydesk.domain.NoControlCharacters;
import org.copydesk.security.entity.Role;
import org.copydesk.web.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class UsersResource {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    RealmUsers users;

    @GET
    @Operation(summary = "The realm's people by username, with their Copydesk roles and whether they may sign in;"
            + " search matches part of the username, name or email")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached or refuses the service account")
    public Page<UserView> find(@QueryParam("search") @Size(max = 100) @NoControlCharacters String search,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Page.MAX_PAGE) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return users.find(search, page, size);
    }

    @GET
    @Path("changes")
    @Operation(summary = "Who granted or revoked which role, and disabled or enabled whom, oldest first (the audit"
            + " entries)")
    public List<AuditEntryView> changes() {
        return users.changes();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person with their Copydesk roles")
    @APIResponse(responseCode = "404", description = "No such user")
    public UserView get(@PathParam("id") String id) {
        return users.get(id);
    }

    @POST
    @Path("{id}/roles/{role}")
    @Operation(summary = "Grant a Copydesk role; it is in the person's next token. Granting a role they have"
            + " changes nothing")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "422", description = "Not a Copydesk role")
    public UserView grant(@PathParam("id") String id, @PathParam("role") String role) {
        return users.grant(id, role);
    }

    @DELETE
    @Path("{id}/roles/{role}")
    @Operation(summary = "Revoke a Copydesk role; the person's next token lacks it. An admin cannot revoke their"
            + " own admin role")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "422", description = "Not a Copydesk role, or the caller's own admin role")
    public UserView revoke(@PathParam("id") String id, @PathParam("role") String role) {
        return users.revoke(id, role);
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a person: no sign-in and no new token, their sessions ended. An admin cannot"
            + " disable themselves")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "422", description = "The caller themselves")
    public UserView disable(@PathParam("id") String id) {
        return users.disable(id);
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Let a disabled person sign in again")
    @APIResponse(responseCode = "404", description = "No such user")
    public UserView enable(@PathParam("id") String id) {
        return users.enable(id);
    }
}
