package org.copydesk.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers now: its discovery document is fetched at most every few seconds, so that a burst of
 * failing sign-ins does not become load on the identity provider.
 */
@ApplicationScoped
public class SignInAvailability {

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class.getName());
    private static final Duration REMEMBERED = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    PortalConfig config;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Answer last = new Answer(false, Instant.MIN);

    public boolean isAvailable() {
        Answer known = last;
        if (Instant.now().isBefore(known.until())) {
            return known.available();
        }
        boolean available = ask();
        if (available != known.available()) {
            LOG.info(() -> "Sign-in through " + config.getProviderUri() + (available ? " is available again"
                    : " is unavailable"));
        }
        last = new Answer(available, Instant.now().plus(REMEMBERED));
        return available;
    }

    private boolean ask() {
        try {
            HttpResponse<Void> discovery = client.send(HttpRequest.newBuilder(
                            URI.create(config.getProviderUri() + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            return discovery.statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Answer(boolean available, Instant until) {
    }
}
