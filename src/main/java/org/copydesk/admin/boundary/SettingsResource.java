package org.copydesk.admin.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.copydesk.admin.control.DeskSettings;
import org.copydesk.admin.entity.DeskSettingsView;
import org.copydesk.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("admin/settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
@Tag(name = "Admin", description = "Operating the workflow")
public class SettingsResource {

    @Inject
    DeskSettings settings;

    @GET
    @Operation(summary = "The desk's settings: separation of duties per pair of steps, each step's SLA in minutes,"
            + " the upload limit in bytes")
    public DeskSettingsView get() {
        return settings.current();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change settings (a part left out stays as it is); every node applies them within seconds,"
            + " each change audited")
    @APIResponse(responseCode = "422", description = "A setting out of range or naming no step, with the violations")
    public DeskSettingsView change(DeskSettingsView change) {
        return settings.change(change);
    }
}
