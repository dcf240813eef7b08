package org.copydesk.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once {@code /openapi} documents the API. Payara builds the document at its first request and keeps
 * whatever it built for the server's life, an empty one too ("Deployed Resources", no paths) when scanning the
 * application went wrong; such a node must not take traffic, and says why. The first readiness call asks for the
 * document, so it is also built before any client needs it.
 */
@Readiness
@ApplicationScoped
public class ApiDocumentCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ApiDocumentCheck.class.getName());
    static final String EMPTY_DOCUMENT = "The OpenAPI document at /openapi lists none of the API's paths, and Payara"
            + " keeps it until the server restarts: restart this node";

    @Inject
    @ConfigProperty(name = "copydesk.http.port", defaultValue = "8080")
    int port;

    private volatile Verdict verdict = new Verdict(false, false, "not checked yet");
    private CompletableFuture<Verdict> pending;

    @Override
    public HealthCheckResponse call() {
        Verdict current = verdict;
        if (!current.isFinal()) {
            askForTheDocument();
        }
        return HealthCheckResponse.named("api-document").status(current.up()).withData("apiDocument", current.reason())
                .build();
    }

    private synchronized void askForTheDocument() {
        if (pending != null && !pending.isDone()) {
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi"))
                .timeout(Duration.ofMinutes(2)).build();
        pending = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(ApiDocumentCheck::verdictOn)
                .exceptionally(failure -> new Verdict(false, false, "not readable yet: " + failure.getMessage()));
        pending.thenAccept(this::record);
    }

    private void record(Verdict reached) {
        if (reached.isFinal() && !reached.up()) {
            LOG.severe(reached.reason());
        }
        verdict = reached;
    }

    static Verdict verdictOn(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return new Verdict(false, false, "not served yet (" + response.statusCode() + ")");
        }
        return response.body().contains("/api/articles")
                ? new Verdict(true, true, "documents the API")
                : new Verdict(false, true, EMPTY_DOCUMENT);
    }

    /** What the document showed; a final verdict stands for the server's life, as the document does. */
    record Verdict(boolean up, boolean isFinal, String reason) {
    }
}
