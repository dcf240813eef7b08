package org.copydesk.publish.control;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Sends one webhook as Standard Webhooks says: {@code webhook-id} (the same on every attempt),
 * {@code webhook-timestamp} and {@code webhook-signature} over id.timestamp.body with the partner's secret.
 */
@ApplicationScoped
public class WebhookSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The partner's answer: delivered on any 2xx. */
    public record Outcome(boolean delivered, Integer statusCode, String error, int tookMs) {
    }

    public Outcome send(String url, String secret, UUID webhookId, String body) {
        long started = System.nanoTime();
        try {
            long timestamp = Instant.now().getEpochSecond();
            String signature = new Webhook(secret).sign(webhookId.toString(), timestamp, body);
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("webhook-id", webhookId.toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            boolean delivered = status >= 200 && status < 300;
            String answer = response.body() == null ? "" : response.body();
            return new Outcome(delivered, status, delivered ? null : "HTTP " + status
                    + (answer.isBlank() ? "" : ": " + answer.substring(0, Math.min(300, answer.length()))), took(started));
        } catch (IOException | IllegalArgumentException | WebhookSigningException e) {
            return new Outcome(false, null, e.getClass().getSimpleName() + ": " + e.getMessage(), took(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted", took(started));
        }
    }

    private static int took(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
