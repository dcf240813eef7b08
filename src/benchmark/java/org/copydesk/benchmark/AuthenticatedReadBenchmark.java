package org.copydesk.benchmark;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.KeycloakServer;

/**
 * An authenticated read of one article against {@code /health/live} on the same server, the floor every request
 * pays (HTTP and Payara, no token, no database): median latency of each, alternating call by call, and their ratio.
 * Measured once per way of checking tokens, each on a server of its own: verified tokens remembered (the default),
 * every request verified afresh ({@code copydesk.security.remembered-tokens=0}), and, given
 * {@code -Dbenchmark.baseline-war=<copydesk.war built before>}, Payara's MicroProfile JWT as the API had it.
 * Arguments: calls per figure (default 2000), concurrent clients of the second round (default 8).
 */
public final class AuthenticatedReadBenchmark {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final KeycloakServer keycloak;
    private final int calls;
    private final int clients;
    private String bearer;

    private record Latencies(long[] live, long[] read) {
        double ratio() {
            return (double) Timings.median(read) / Timings.median(live);
        }
    }

    private record Row(String configuration, Latencies oneClient, Latencies manyClients) {
    }

    private AuthenticatedReadBenchmark(KeycloakServer keycloak, int calls, int clients) {
        this.keycloak = keycloak;
        this.calls = calls;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        KeycloakServer keycloak = CopydeskServer.fromSystemProperties().keycloak();
        boolean alreadyRunning = keycloak.answers(); // such as the one of an integration-test run
        if (!alreadyRunning) {
            keycloak.start();
        }
        try {
            new AuthenticatedReadBenchmark(keycloak, calls, clients).run();
        } finally {
            if (!alreadyRunning) {
                keycloak.stop();
            }
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Authenticated GET /api/articles/{id} against GET /health/live, median of %d"
                + " calls each (p90 in brackets), one client, then %d clients%n", calls, clients);
        System.out.printf(Locale.ROOT, "%-30s %24s %24s %7s   %24s %24s %7s%n", "configuration", "live ms", "read ms",
                "ratio", "live ms", "read ms", "ratio");
        List<Row> rows = new ArrayList<>();
        rows.add(measure("tokens remembered (default)", CopydeskServer.fromSystemProperties()));
        rows.add(measure("every request verified", CopydeskServer.fromSystemProperties()
                .with("copydesk.security.remembered-tokens", "0")));
        String baseline = System.getProperty("benchmark.baseline-war");
        if (baseline != null && !baseline.isBlank()) {
            rows.add(measure("baseline WAR (Payara MP-JWT)", CopydeskServer.fromSystemProperties()
                    .deploying(Path.of(baseline))));
        }
        for (Row row : rows.subList(1, rows.size())) {
            System.out.printf(Locale.ROOT, "read median, %s / tokens remembered: %.2f (one client), %.2f (%d clients)%n",
                    row.configuration(),
                    (double) Timings.median(row.oneClient().read()) / Timings.median(rows.get(0).oneClient().read()),
                    (double) Timings.median(row.manyClients().read()) / Timings.median(rows.get(0).manyClients().read()),
                    clients);
        }
        System.out.println("target: an authenticated read at most 2x /health/live in median latency");
    }

    private static void print(Row row) {
        System.out.printf(Locale.ROOT, "%-30s %s %s %7.2f   %s %s %7.2f%n", row.configuration(),
                figure(row.oneClient().live()), figure(row.oneClient().read()), row.oneClient().ratio(),
                figure(row.manyClients().live()), figure(row.manyClients().read()), row.manyClients().ratio());
    }

    private static String figure(long[] sorted) {
        return String.format(Locale.ROOT, "%10.2f [%10.2f]", Timings.millis(Timings.median(sorted)),
                Timings.millis(Timings.p90(sorted)));
    }

    private Row measure(String configuration, CopydeskServer configured) throws Exception {
        try (CopydeskServer server = configured.start()) {
            URI live = server.baseUri().resolve("/health/live");
            URI article = server.baseUri().resolve("/api/articles/" + ingest(server));
            // one token for the whole measurement, as a client uses its token until it nearly expires
            bearer = "Bearer " + keycloak.accessToken("reader");
            alternate(live, article, Math.max(200, calls / 4)); // warm-up
            Latencies oneClient = alternate(live, article, calls);
            Latencies manyClients = inParallel(live, article);
            Row row = new Row(configuration, oneClient, manyClients);
            print(row); // each row as soon as it is measured: a server start takes minutes on a busy machine
            return row;
        }
    }

    /** Calls the two alternately, so that both see the same moments of a busy machine. */
    private Latencies alternate(URI live, URI article, int n) throws Exception {
        long[] liveNanos = new long[n];
        long[] readNanos = new long[n];
        for (int i = 0; i < n; i++) {
            liveNanos[i] = timed(HttpRequest.newBuilder(live).build());
            readNanos[i] = timed(HttpRequest.newBuilder(article)
                    .header("Authorization", bearer).build());
        }
        Arrays.sort(liveNanos);
        Arrays.sort(readNanos);
        return new Latencies(liveNanos, readNanos);
    }

    private Latencies inParallel(URI live, URI article) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Latencies>> each = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                each.add(pool.submit(() -> alternate(live, article, Math.max(1, calls / clients))));
            }
            List<long[]> lives = new ArrayList<>();
            List<long[]> reads = new ArrayList<>();
            for (Future<Latencies> client : each) {
                lives.add(client.get().live());
                reads.add(client.get().read());
            }
            return new Latencies(merged(lives), merged(reads));
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] merged(List<long[]> parts) {
        return parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    private long timed(HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return elapsed;
    }

    private String ingest(CopydeskServer server) throws Exception {
        String body = Json.createObjectBuilder()
                .add("title", "Benchmark read " + System.nanoTime())
                .add("body", "The council met on Monday and approved the budget for 2027.")
                .add("source", "benchmark").build().toString();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/api/articles"))
                .header("Authorization", "Bearer " + keycloak.serviceToken("copydesk-ingest"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Ingest answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("id");
    }
}
