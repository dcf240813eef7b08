package org.copydesk.admin.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * Keycloak's admin API for the realm whose tokens the API trusts, as the {@code copydesk-admin-console} service
 * account (client credentials; the admin client fetches and refreshes its token). One client for the application's
 * life, built at first use so that a Keycloak away at start-up delays nothing.
 */
@ApplicationScoped
public class RealmAdmin {

    private static final Logger LOG = Logger.getLogger(RealmAdmin.class.getName());
    private static final String REALMS = "/realms/";

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "copydesk.directory.client-id", defaultValue = "copydesk-admin-console")
    String clientId;

    @Inject
    @ConfigProperty(name = "copydesk.directory.client-secret", defaultValue = "copydesk-admin-console-secret")
    String clientSecret;

    private Keycloak keycloak;

    public synchronized RealmResource realm() {
        if (keycloak == null) {
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(serverOf(issuer))
                    .realm(realmOf(issuer))
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(clientId)
                    .clientSecret(clientSecret)
                    // RESTEasy's own builder: ClientBuilder.newBuilder() would hand out Payara's Jersey client,
                    // which cannot make the admin client's typed proxies; the timeouts keep a stalled Keycloak
                    // from holding a request
                    .resteasyClient(new ResteasyClientBuilderImpl()
                            .connectionPoolSize(10)
                            .connectTimeout(5, TimeUnit.SECONDS)
                            .readTimeout(15, TimeUnit.SECONDS)
                            .register(JacksonProvider.class, 100)
                            .build())
                    .build();
        }
        return keycloak.realm(realmOf(issuer));
    }

    /** {@code http://host:8180/realms/copydesk} is served by {@code http://host:8180}. */
    static String serverOf(String issuer) {
        int realms = issuer.lastIndexOf(REALMS);
        if (realms < 0) {
            throw new IllegalStateException("mp.jwt.verify.issuer is not a Keycloak realm URL: " + issuer);
        }
        return issuer.substring(0, realms);
    }

    static String realmOf(String issuer) {
        int realms = issuer.lastIndexOf(REALMS);
        if (realms < 0) {
            throw new IllegalStateException("mp.jwt.verify.issuer is not a Keycloak realm URL: " + issuer);
        }
        return issuer.substring(realms + REALMS.length()).replaceAll("/+$", "");
    }

    /**
     * Signs the service account in again, for a Keycloak that no longer accepts its token (restarted on a fresh
     * database, its sessions ended). Whether it could.
     */
    public synchronized boolean renewToken() {
        if (keycloak == null) {
            return false;
        }
        try {
            keycloak.tokenManager().grantToken();
            return true;
        } catch (RuntimeException stillRefused) {
            LOG.log(Level.FINE, "The service account could not sign in again", stillRefused);
            return false;
        }
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
