package org.copydesk.publish;

import static org.copydesk.publish.Publishing.addPartner;
import static org.copydesk.publish.Publishing.articleOf;
import static org.copydesk.publish.Publishing.publishDecision;
import static org.copydesk.publish.Publishing.readyToPublish;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.benchmark.Timings;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.WebhookReceiver;

/**
 * Publish-to-delivered latency and webhook deliveries per second to a local receiver with five partners, against
 * the same receiver hit directly by a plain HTTP client with the same bodies and concurrency. Not a test: it
 * prints figures and their ratio.
 */
public final class DeliveryBenchmark {

    static final int PARTNERS = 5;

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        CopydeskServer configured = CopydeskServer.fromSystemProperties();
        configured.keycloak().start();
        try (CopydeskServer server = configured.with("copydesk.samples.load", "false").start();
             WebhookReceiver receiver = new WebhookReceiver(Integer.getInteger("copydesk.it.webhook.port", 18090))) {
            Api.useKeycloak(server.keycloak());
            RestAssured.baseURI = server.baseUri().toString();
            for (int p = 1; p <= PARTNERS; p++) {
                addPartner("Benchmark partner " + p, receiver.url("/p" + p));
            }
            publishThenMeasure(receiver, 3);
            Figures published = publishThenMeasure(receiver, articles);
            Figures direct = direct(receiver, published.deliveries(), published.bodyBytes());
            System.out.printf(Locale.ROOT, "Delivery benchmark on %s: %d articles, %d partners%n", server.database(),
                    articles, PARTNERS);
            print("published -> delivered (outbox, webhooks)", published);
            print("the receiver hit directly (plain client, 8 at once)", direct);
            System.out.printf(Locale.ROOT, "%-52s %10.1f x slower per delivery (median), %.2f of the direct rate%n",
                    "ratio", published.medianMillis() / direct.medianMillis(), published.perSecond() / direct.perSecond());
        } finally {
            configured.keycloak().stop();
        }
    }

    record Figures(int deliveries, double medianMillis, double p99Millis, double perSecond, int bodyBytes) {
    }

    /** Prepares the articles first, then publishes them all and waits for every partner to have every one. */
    private static Figures publishThenMeasure(WebhookReceiver receiver, int articles) {
        List<String> ready = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            ready.add(readyToPublish());
        }
        Map<String, Instant> decided = new HashMap<>();
        for (String article : ready) {
            decided.put(article, Instant.now());
            publishDecision(article, "publish", null).then().statusCode(200);
        }
        List<WebhookReceiver.Received> got = receiver.await(r -> decided.containsKey(articleOf(r)),
                articles * PARTNERS, Duration.ofMinutes(10));
        long[] latencies = got.stream().mapToLong(r -> Duration.between(decided.get(articleOf(r)), r.at()).toNanos())
                .sorted().toArray();
        Instant first = decided.values().stream().min(Instant::compareTo).orElseThrow();
        Instant last = got.stream().map(WebhookReceiver.Received::at).max(Instant::compareTo).orElseThrow();
        double seconds = Duration.between(first, last).toNanos() / 1e9;
        return new Figures(got.size(), Timings.millis(Timings.median(latencies)),
                Timings.millis(percentile(latencies, 0.99)), got.size() / seconds, got.get(0).body().length());
    }

    /** The same number of POSTs of a body of the same size, straight to the receiver, eight at a time. */
    private static Figures direct(WebhookReceiver receiver, int deliveries, int bodyBytes) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String body = "{\"data\":\"" + "x".repeat(Math.max(0, bodyBytes - 12)) + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long[] latencies = new long[deliveries];
        long start = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            int n = i;
            sent.add(pool.submit(() -> {
                long t = System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.url("/direct")))
                        .header("webhook-id", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                client.send(request, HttpResponse.BodyHandlers.discarding());
                latencies[n] = System.nanoTime() - t;
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Figures(deliveries, Timings.millis(Timings.median(latencies)),
                Timings.millis(percentile(latencies, 0.99)), deliveries / seconds, bodyBytes);
    }

    private static long percentile(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    private static void print(String what, Figures figures) {
        System.out.printf(Locale.ROOT, "%-52s %6d deliveries, median %8.1f ms, p99 %8.1f ms, %8.1f /s%n", what,
                figures.deliveries(), figures.medianMillis(), figures.p99Millis(), figures.perSecond());
    }
}
