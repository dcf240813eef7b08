package org.copydesk.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers now: its discovery document is fetched at most every few seconds, so that a burst of
 * failing sign-ins does not become load on the identity provider.
 */
@ApplicationScoped
public class SignInAvailability {

    // looked up once: each Json.create... call would search the class path for a provider again
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class.getName());
    private static final Duration REMEMBERED = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    PortalConfig config;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Answer last = new Answer(Optional.empty(), Instant.MIN);

    public boolean isAvailable() {
        return authorizationEndpoint().isPresent();
    }

    /** Keycloak's login page as its discovery document names it now; empty while Keycloak does not answer. */
    public Optional<String> authorizationEndpoint() {
        Answer known = last;
        if (Instant.now().isBefore(known.until())) {
            return known.login();
        }
        Optional<String> login = ask();
        if (login.isPresent() != known.login().isPresent()) {
            LOG.info(() -> "Sign-in through " + config.getProviderUri() + (login.isPresent()
                    ? " is available again" : " is unavailable"));
        }
        last = new Answer(login, Instant.now().plus(REMEMBERED));
        return login;
    }

    private Optional<String> ask() {
        try {
            HttpResponse<String> discovery = client.send(HttpRequest.newBuilder(
                            URI.create(config.getProviderUri() + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (discovery.statusCode() != 200) {
                return Optional.empty();
            }
            try (JsonReader reader = JSON.createReader(new StringReader(discovery.body()))) {
                JsonObject document = reader.readObject();
                return Optional.ofNullable(document.getString("authorization_endpoint", null));
            }
        } catch (IOException | IllegalArgumentException | JsonException | ClassCastException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private record Answer(Optional<String> login, Instant until) {
    }
}
