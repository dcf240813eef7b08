package org.copydesk.portal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.copydesk.portal.PortalConfig;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The workflow API for the person signed in to the portal: each call carries their access token, so the API
 * decides and audits as it does for any other client. Without {@code copydesk.portal.api-url} the portal calls
 * the API of the server it runs on.
 */
@ApplicationScoped
public class PersonsApi {

    private final Map<URI, WorkflowApi> clients = new ConcurrentHashMap<>();
    private final Map<URI, AdminApi> adminClients = new ConcurrentHashMap<>();

    @Inject
    PortalConfig config;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    HttpServletRequest request;

    public WorkflowApi get() {
        return clients.computeIfAbsent(base(), base -> client(base, WorkflowApi.class));
    }

    /** The admin calls; the API refuses them to anyone without the admin role. */
    public AdminApi admin() {
        return adminClients.computeIfAbsent(base(), base -> client(base, AdminApi.class));
    }

    private URI base() {
        return config.getApiUrl().map(URI::create).orElseGet(this::sameServer);
    }

    private URI sameServer() {
        String host = request.getLocalAddr();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create(request.getScheme() + "://" + host + ":" + request.getLocalPort() + "/api");
    }

    private <T> T client(URI base, Class<T> api) {
        ClientRequestFilter bearer = (ClientRequestContext call) -> call.getHeaders().putSingle(
                HttpHeaders.AUTHORIZATION, "Bearer " + openIdContext.getAccessToken().getToken());
        return RestClientBuilder.newBuilder().baseUri(base)
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(60, TimeUnit.SECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .register(bearer)
                .register(ProblemReader.class)
                .build(api);
    }
}
