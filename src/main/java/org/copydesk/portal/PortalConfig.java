package org.copydesk.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the portal signs people in (read by the expressions in {@link PortalSecurity}) and calls the API. */
@Named("portalConfig")
@ApplicationScoped
public class PortalConfig {

    @Inject
    @ConfigProperty(name = "copydesk.oidc.provider-uri", defaultValue = "http://127.0.0.1:8180/realms/copydesk")
    String providerUri;

    @Inject
    @ConfigProperty(name = "copydesk.oidc.client-id", defaultValue = "copydesk-portal")
    String clientId;

    @Inject
    @ConfigProperty(name = "copydesk.oidc.client-secret", defaultValue = "copydesk-portal-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "copydesk.portal.content-security-policy", defaultValue = "default-src 'self';"
            + " frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'")
    String contentSecurityPolicy;

    @Inject
    @ConfigProperty(name = "copydesk.portal.notification-poll-seconds", defaultValue = "5")
    int notificationPollSeconds;

    @Inject
    @ConfigProperty(name = "copydesk.portal.api-url")
    Optional<String> apiUrl;

    @Inject
    ServletContext portal;

    /** How often an open page asks the API for the person's notifications. */
    public int getNotificationPollSeconds() {
        return notificationPollSeconds;
    }

    public String getProviderUri() {
        return providerUri;
    }

    /** Where the sign-in mechanism sends a browser to log in: the portal's own relay to Keycloak's login page. */
    public String getSignInRelay() {
        return portal.getContextPath() + SignInRelay.PATH;
    }

    public String getClientId() {
        return clientId;
    }

    /** Where the portal calls the workflow API; absent means the API of the server the portal runs on. */
    public Optional<String> getApiUrl() {
        return apiUrl.filter(url -> !url.isBlank());
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public String getContentSecurityPolicy() {
        return contentSecurityPolicy;
    }
}
