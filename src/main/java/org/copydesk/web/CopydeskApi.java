package org.copydesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@ApplicationScoped
@OpenAPIDefinition(info = @Info(title = "Copydesk workflow API", version = "0.1",
        description = "Ingest articles, act on review tasks and read each article's audit trail."))
public class CopydeskApi extends Application {
}
