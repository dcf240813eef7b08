package org.copydesk.it;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one Copydesk server for the whole test run (not one per class) and points REST-assured at it.
 * Test classes declare {@code @ExtendWith(RunningServer.class)} and may take the server as a parameter.
 */
public class RunningServer implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        CopydeskServer server = server(context);
        RestAssured.baseURI = server.baseUri().toString();
        Api.useKeycloak(server.keycloak());
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CopydeskServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    private static CopydeskServer server(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Handle.class, key -> new Handle(CopydeskServer.fromSystemProperties().start()),
                        Handle.class).server();
    }

    /** Closes the server when the test run ends. */
    private record Handle(CopydeskServer server) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}
