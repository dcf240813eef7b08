package org.copydesk.security.control;

import static org.copydesk.platform.JsonDocuments.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The usernames of the realm the API trusts, and who holds each role, read from Keycloak's admin API with a
 * read-only service account and kept for a minute. Keycloak being away never refuses a request: the names known last
 * stay known.
 */
@ApplicationScoped
public class RealmPeople {

    private static final Logger LOG = Logger.getLogger(RealmPeople.class.getName());
    private static final Duration KEEP = Duration.ofMinutes(1);
    private static final int MOST = 10_000;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "copydesk.directory.client-id", defaultValue = "copydesk-admin-console")
    String clientId;

    @Inject
    @ConfigProperty(name = "copydesk.directory.client-secret", defaultValue = "copydesk-admin-console-secret")
    String clientSecret;

    private volatile Set<String> known = Set.of();
    private volatile Instant readAt = Instant.EPOCH;
    private final Map<String, Members> membersByRole = new ConcurrentHashMap<>();

    /** Who holds a realm role, as Keycloak last listed them within a minute or so. */
    private record Members(Set<String> usernames, Instant readAt) {
    }

    /** Every username of the realm, lower case as Keycloak keeps them. */
    public Set<String> usernames() {
        if (readAt.plus(KEEP).isBefore(Instant.now())) {
            refresh();
        }
        return known;
    }

    /**
     * The usernames of those granted this realm role directly, lower case; with Keycloak away, those it listed last
     * (none if it never answered).
     */
    public Set<String> withRole(String role) {
        Members members = membersByRole.get(role);
        if (members == null || members.readAt().plus(KEEP).isBefore(Instant.now())) {
            members = readMembers(role, members);
            membersByRole.put(role, members);
        }
        return members.usernames();
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private synchronized void refresh() {
        if (!readAt.plus(KEEP).isBefore(Instant.now())) {
            return;
        }
        Client client = client();
        try {
            String token = token(client);
            if (token == null) {
                LOG.warning("The realm refused the directory's service account; mentions use the names known last");
                readAt = Instant.now();
                return;
            }
            known = usernamesIn(client.target(adminBase() + "/users").queryParam("briefRepresentation", true)
                    .queryParam("max", MOST).request(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).get(String.class));
            readAt = Instant.now();
        } catch (ProcessingException | jakarta.ws.rs.WebApplicationException | ClassCastException | jakarta.json.JsonException unreadable) {
            LOG.log(Level.WARNING, "The realm's users could not be read; mentions use the names known last", unreadable);
            readAt = Instant.now().minus(KEEP).plusSeconds(10);
        } finally {
            client.close();
        }
    }

    private Members readMembers(String role, Members before) {
        Set<String> last = before == null ? Set.of() : before.usernames();
        Client client = client();
        try {
            String token = token(client);
            if (token == null) {
                LOG.warning(() -> "The realm refused the directory's service account; the " + role
                        + " role's members are those known last");
                return new Members(last, Instant.now());
            }
            return new Members(usernamesIn(client.target(adminBase() + "/roles/{role}/users")
                    .resolveTemplate("role", role).queryParam("briefRepresentation", true).queryParam("max", MOST)
                    .request(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .get(String.class)), Instant.now());
        } catch (ProcessingException | jakarta.ws.rs.WebApplicationException | ClassCastException | jakarta.json.JsonException unreadable) {
            LOG.log(Level.WARNING, "The " + role + " role's members could not be read; those known last are used",
                    unreadable);
            return new Members(last, Instant.now().minus(KEEP).plusSeconds(10));
        } finally {
            client.close();
        }
    }

    private static Client client() {
        return ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).build();
    }

    /** The service account's access token, or null when the realm refuses it. */
    private String token(Client client) {
        try (Response answer = client.target(issuer + "/protocol/openid-connect/token").request()
                .post(Entity.form(new Form().param("grant_type", "client_credentials")
                        .param("client_id", clientId).param("client_secret", clientSecret)))) {
            return answer.getStatus() == 200
                    ? parse(answer.readEntity(String.class)).asJsonObject().getString("access_token") : null;
        }
    }

    private String adminBase() {
        return issuer.replaceFirst("/realms/", "/admin/realms/");
    }

    private static Set<String> usernamesIn(String users) {
        return parse(users).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .map(user -> user.getString("username", "").toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty() && !name.startsWith("service-account-"))
                .collect(Collectors.toUnmodifiableSet());
    }
}
