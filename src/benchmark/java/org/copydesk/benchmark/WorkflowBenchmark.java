package org.copydesk.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;

/**
 * Ingests N articles with C concurrent clients and walks each to PUBLISHED through the API, then measures
 * plain single-row JDBC inserts into the same database at the same concurrency, and prints both rates and
 * their ratio. Every call carries a Keycloak token, as in production. Arguments: N (default 300), C (default 8).
 */
public final class WorkflowBenchmark {

    private static final Map<String, String> REVIEWER = Map.of("triage", "triage", "factCheck", "factchecker",
            "publish", "publisher");

    private final CopydeskServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final int articles;
    private final int clients;

    private WorkflowBenchmark(CopydeskServer server, int articles, int clients) {
        this.server = server;
        this.articles = articles;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        CopydeskServer configured = CopydeskServer.fromSystemProperties();
        configured.keycloak().start();
        try (CopydeskServer server = configured.start()) {
            Api.useKeycloak(server.keycloak());
            new WorkflowBenchmark(server, articles, clients).run();
        } finally {
            configured.keycloak().stop();
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Copydesk benchmark on %s: %d articles, %d concurrent clients%n",
                server.database(), articles, clients);
        warmUp();
        List<String> ids = new ArrayList<>();
        long ingestStart = System.nanoTime();
        List<String> ingested = inParallel(articles, i -> ingest());
        double ingestSeconds = seconds(ingestStart);
        ids.addAll(ingested);
        long walkStart = System.nanoTime();
        inParallel(ids.size(), i -> walkToPublished(ids.get(i)));
        double walkSeconds = seconds(walkStart);
        double jdbcSeconds = jdbcInserts(articles);

        double ingestRate = articles / ingestSeconds;
        double flowRate = articles / (ingestSeconds + walkSeconds);
        double jdbcRate = articles / jdbcSeconds;
        System.out.printf(Locale.ROOT, "%n%-46s %10.1f /s%n", "ingest (POST /api/articles)", ingestRate);
        System.out.printf(Locale.ROOT, "%-46s %10.1f /s%n", "whole flow (ingest, async triage -> PUBLISHED)", flowRate);
        System.out.printf(Locale.ROOT, "%-46s %10.1f /s%n", "baseline: single-row JDBC inserts", jdbcRate);
        System.out.printf(Locale.ROOT, "%-46s %10.3f%n", "ratio ingest / baseline", ingestRate / jdbcRate);
        System.out.printf(Locale.ROOT, "%-46s %10.3f%n", "ratio whole flow / baseline", flowRate / jdbcRate);
    }

    private void warmUp() throws Exception {
        inParallel(Math.min(20, articles), i -> walkToPublished(ingest()));
    }

    private String ingest() throws Exception {
        String unique = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder()
                .add("title", "Benchmark article " + unique)
                .add("body", ("The council met on Monday and approved the budget for 2027. " + unique + "\n\n")
                        .repeat(20))
                .add("source", "benchmark")
                .build().toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("api/articles"))
                .header("Authorization", "Bearer " + Api.tokenOf(Api.INGEST_FEED))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
        return json(response.body()).getString("id");
    }

    private String walkToPublished(String articleId) throws Exception {
        decide(articleId, "triage", "accept");
        decide(articleId, "factCheck", "approve");
        decide(articleId, "publish", "publish");
        return articleId;
    }

    private void decide(String articleId, String taskKey, String decision) throws Exception {
        String bearer = "Bearer " + Api.tokenOf(REVIEWER.get(taskKey));
        String taskId = openTask(articleId, taskKey, bearer);
        send(HttpRequest.newBuilder(uri("api/tasks/" + taskId + "/claim")).header("Authorization", bearer)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
        if (decision.equals("approve")) {
            verifyClaims(articleId, bearer);
        }
        send(HttpRequest.newBuilder(uri("api/tasks/" + taskId + "/complete")).header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"" + decision + "\"}")).build(), 200);
    }

    /** What a fact-checker does before approving: a verdict with evidence on every claim. */
    private void verifyClaims(String articleId, String bearer) throws Exception {
        HttpResponse<String> claims = send(HttpRequest.newBuilder(uri("api/articles/" + articleId + "/claims"))
                .header("Authorization", bearer).GET().build(), 200);
        for (JsonValue claim : Json.createReader(new StringReader(claims.body())).readArray()) {
            String claimId = claim.asJsonObject().getString("id");
            send(HttpRequest.newBuilder(uri("api/articles/" + articleId + "/claims/" + claimId))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"VERIFIED\",\"evidence\":\"agency copy\"}"))
                    .build(), 200);
        }
    }

    /** The article's open task of this kind; the first waits for the async intake to open it. */
    private String openTask(String articleId, String taskKey, String bearer) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<String> tasks = send(HttpRequest.newBuilder(
                    uri("api/tasks?articleId=" + articleId + "&taskKey=" + taskKey)).header("Authorization", bearer)
                    .GET().build(), 200);
            JsonArray open = Json.createReader(new StringReader(tasks.body())).readArray();
            if (!open.isEmpty()) {
                return open.getJsonObject(0).getString("id");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No open " + taskKey + " task for " + articleId + " after a minute");
            }
            Thread.sleep(20);
        }
    }

    /** Single-row inserts, each its own transaction, C connections at once: what the database alone can do. */
    private double jdbcInserts(int rows) throws Exception {
        try (Connection connection = server.openJdbc(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists benchmark_baseline (id varchar(36) primary key,"
                    + " title varchar(1000), body varchar(4000), received_at timestamp)");
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(server.openJdbc());
        }
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        inParallel(clients, client -> {
            try (PreparedStatement insert = connections.get(client).prepareStatement(
                    "insert into benchmark_baseline values (?, ?, ?, current_timestamp)")) {
                while (next.getAndIncrement() < rows) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "Benchmark article");
                    insert.setString(3, "The council met on Monday and approved the budget for 2027.");
                    insert.executeUpdate();
                }
            }
            return "";
        });
        double elapsed = seconds(start);
        for (Connection connection : connections) {
            connection.close();
        }
        return elapsed;
    }

    private interface Work {
        String run(int index) throws Exception;
    }

    private List<String> inParallel(int count, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> work.run(index)));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private HttpResponse<String> send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
