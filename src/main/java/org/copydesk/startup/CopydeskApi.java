package org.copydesk.startup;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.copydesk.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The workflow API. Callers present a Keycloak access token; {@code security/boundary/BearerTokenMechanism}
 * verifies it before any resource runs.
 */
@ApplicationPath("api")
@ApplicationScoped // the roles are declared from @DeclareRoles on a CDI bean
@DeclareRoles({Role.INGEST, Role.TRIAGE_EDITOR, Role.FACT_CHECKER, Role.PUBLISHER, Role.ADMIN, Role.READER,
        Role.SUPERVISOR})
@OpenAPIDefinition(info = @Info(title = "Copydesk workflow API", version = "0.1",
        description = "Ingest articles, act on review tasks and read each article's audit trail."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CopydeskApi extends Application {
}
