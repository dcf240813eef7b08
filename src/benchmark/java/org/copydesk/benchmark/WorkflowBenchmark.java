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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;

/**
 * Ingests N articles with C concurrent clients and walks each to PUBLISHED through the API; then, in the same run,
 * a trivial authenticated request (one article read by id) at the same concurrency, plain single-row JDBC inserts
 * into the same database, and the engine alone ({@link EngineCeiling}) with as many threads. Prints each call type's
 * median and p99 latency with the statements and commits the server counted for it (jobs from its log), the rates
 * and their ratios. Every call carries a Keycloak token, as in production. Given
 * {@code -Dbenchmark.baseline-war=<copydesk.war built before>}, the same flow then runs on that build, on a database
 * of its own, and the ratio of the two rates is printed: before and after measured in one sitting.
 * Arguments: N (default 300), C (default 8).
 */
public final class WorkflowBenchmark {

    private static final Map<String, String> REVIEWER = Map.of("triage", "triage", "factCheck", "factchecker",
            "publish", "publisher");

    private static final Pattern JOB_LINE = Pattern.compile(
            "Job (\\w+) of process \\S+ took (\\d+) statements and (\\d+) commits");

    private final CopydeskServer server;
    private final Map<String, List<long[]>> calls = new ConcurrentHashMap<>();
    private volatile boolean recording;
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
        // every server of the sitting alike: the API alone, its JVM compiling as in production
        CopydeskServer configured = CopydeskServer.fromSystemProperties().withoutPortal();
        configured.keycloak().start();
        try {
            Api.useKeycloak(configured.keycloak());
            double flowRate;
            try (CopydeskServer server = configured.start();
                 AutovacuumStandIn statistics = AutovacuumStandIn.on(server)) {
                flowRate = new WorkflowBenchmark(server, articles, clients).run();
            }
            String baseline = System.getProperty("benchmark.baseline-war");
            if (baseline != null && !baseline.isBlank()) {
                compareWithBaseline(Path.of(baseline), flowRate, articles, clients);
            }
        } finally {
            configured.keycloak().stop();
        }
    }

    /**
     * The earlier build's flow, then this build's once more on a fresh database: a server started later in the
     * sitting runs faster (the same build measured first and third differs by a fifth or more), so the earlier build,
     * run between this build's two runs, is compared with their mean as well: a drift along the sitting weighs on
     * both sides alike.
     */
    private static void compareWithBaseline(Path war, double flowRate, int articles, int clients) throws Exception {
        int port = Integer.parseInt(System.getProperty("copydesk.it.port", "18080")) + 2;
        Flow earlierFlow = flowOn(CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("baseline", port)
                .withoutPortal().deploying(war), articles, clients);
        Flow again = flowOn(CopydeskServer.fromSystemProperties().onDatabaseOfItsOwn("again", port + 2)
                .withoutPortal(), articles, clients);
        double mean = (flowRate + again.rate()) / 2;
        System.out.printf(Locale.ROOT, "%n%-52s %10.1f /s%n", "baseline build: ingest", earlierFlow.ingestRate());
        System.out.printf(Locale.ROOT, "%-52s %10.1f /s%n", "baseline build: whole flow", earlierFlow.rate());
        System.out.printf(Locale.ROOT, "%-52s %10.1f /s%n", "this build again, after it: whole flow", again.rate());
        System.out.printf(Locale.ROOT, "%-52s %10.2f%n", "ratio whole flow / baseline build's", flowRate / earlierFlow.rate());
        System.out.printf(Locale.ROOT, "%-52s %10.2f%n", "ratio this build's second run / baseline build's",
                again.rate() / earlierFlow.rate());
        System.out.printf(Locale.ROOT, "%-52s %10.2f%n", "ratio mean of this build's runs / baseline build's",
                mean / earlierFlow.rate());
    }

    private static Flow flowOn(CopydeskServer configured, int articles, int clients) throws Exception {
        try (CopydeskServer server = configured.start(); AutovacuumStandIn statistics = AutovacuumStandIn.on(server)) {
            return new WorkflowBenchmark(server, articles, clients).flow();
        }
    }

    private record Flow(int articles, List<String> ids, double ingestSeconds, double walkSeconds, String jobLog) {
        double rate() {
            return articles / (ingestSeconds + walkSeconds);
        }

        double ingestRate() {
            return articles / ingestSeconds;
        }
    }

    /** Warms the server up, then ingests the articles and walks each to PUBLISHED, all calls recorded. */
    private Flow flow() throws Exception {
        warmUp();
        int logFrom = server.log().length();
        recording = true;
        long ingestStart = System.nanoTime();
        List<String> ids = inParallel(articles, i -> ingest());
        double ingestSeconds = Timings.secondsSince(ingestStart);
        long walkStart = System.nanoTime();
        inParallel(ids.size(), i -> walkToPublished(ids.get(i)));
        double walkSeconds = Timings.secondsSince(walkStart);
        recording = false;
        return new Flow(articles, ids, ingestSeconds, walkSeconds, server.log().substring(logFrom));
    }

    /** Prints the figures of the flow on this server and its baselines; returns the whole flow's rate. */
    private double run() throws Exception {
        System.out.printf(Locale.ROOT, "Copydesk benchmark on %s: %d articles, %d concurrent clients%n",
                server.database(), articles, clients);
        Flow flow = flow();
        long apiCalls = calls.values().stream().mapToLong(List::size).sum();
        double trivialRate = trivialReads(flow.ids());
        double jdbcSeconds = JdbcInsertBaseline.seconds(server, articles, clients);
        double engineRate = EngineCeiling.articlesPerSecond(server.jdbcUrl(), "postgres", "", articles, clients);

        System.out.printf(Locale.ROOT, "%n%-24s %7s %10s %10s %11s %8s%n", "call", "calls", "median ms", "p99 ms",
                "statements", "commits");
        long statements = 0;
        long commits = 0;
        for (Map.Entry<String, List<long[]>> call : new TreeMap<>(calls).entrySet()) {
            List<long[]> figures = call.getValue();
            long[] nanos = figures.stream().mapToLong(f -> f[0]).sorted().toArray();
            long[] counted = figures.stream().mapToLong(f -> f[1]).sorted().toArray();
            long[] committed = figures.stream().mapToLong(f -> f[2]).sorted().toArray();
            statements += java.util.Arrays.stream(counted).sum();
            commits += java.util.Arrays.stream(committed).sum();
            System.out.printf(Locale.ROOT, "%-24s %7d %10.1f %10.1f %11d %8d%n", call.getKey(), figures.size(),
                    Timings.millis(Timings.median(nanos)), Timings.millis(Timings.p99(nanos)), Timings.median(counted),
                    Timings.median(committed));
        }
        Map<String, List<long[]>> jobs = new TreeMap<>();
        Matcher line = JOB_LINE.matcher(flow.jobLog());
        while (line.find()) {
            jobs.computeIfAbsent("job " + line.group(1), job -> new ArrayList<>())
                    .add(new long[] {Long.parseLong(line.group(2)), Long.parseLong(line.group(3))});
        }
        for (Map.Entry<String, List<long[]>> job : jobs.entrySet()) {
            long[] counted = job.getValue().stream().mapToLong(f -> f[0]).sorted().toArray();
            long[] committed = job.getValue().stream().mapToLong(f -> f[1]).sorted().toArray();
            statements += java.util.Arrays.stream(counted).sum();
            commits += java.util.Arrays.stream(committed).sum();
            System.out.printf(Locale.ROOT, "%-24s %7d %10s %10s %11d %8d%n", job.getKey(), counted.length, "", "",
                    Timings.median(counted), Timings.median(committed));
        }
        double ingestRate = flow.ingestRate();
        double flowRate = flow.rate();
        double callRate = apiCalls / (flow.ingestSeconds() + flow.walkSeconds());
        double jdbcRate = articles / jdbcSeconds;
        System.out.printf(Locale.ROOT, "%n%-52s %10.1f%n", "statements per article (calls and jobs)",
                (double) statements / articles);
        System.out.printf(Locale.ROOT, "%-52s %10.1f%n", "commits per article (calls and jobs)",
                (double) commits / articles);
        System.out.printf(Locale.ROOT, "%-52s %10.1f /s%n", "ingest (POST /api/articles)", ingestRate);
        System.out.printf(Locale.ROOT, "%-52s %10.1f /s%n", "whole flow (ingest, async triage -> PUBLISHED)", flowRate);
        System.out.printf(Locale.ROOT, "%-52s %10.1f /s%n", "API calls during the whole flow", callRate);
        System.out.printf(Locale.ROOT, "%-52s %10.1f /s%n", "baseline: trivial authenticated GET of one article",
                trivialRate);
        System.out.printf(Locale.ROOT, "%-52s %10.1f /s%n", "baseline: single-row JDBC inserts", jdbcRate);
        System.out.printf(Locale.ROOT, "%-52s %10.1f /s%n", "ceiling: the engine alone, same process and database",
                engineRate);
        System.out.printf(Locale.ROOT, "%-52s %10.3f%n", "ratio API calls of the flow / trivial GET", callRate / trivialRate);
        System.out.printf(Locale.ROOT, "%-52s %10.3f%n", "ratio whole flow / engine alone", flowRate / engineRate);
        System.out.printf(Locale.ROOT, "%-52s %10.3f%n", "ratio ingest / JDBC inserts", ingestRate / jdbcRate);
        System.out.printf(Locale.ROOT, "%-52s %10.3f%n", "ratio whole flow / JDBC inserts", flowRate / jdbcRate);
        return flowRate;
    }

    /** The same number of clients reading articles by id as fast as they can, as many calls as the flow made. */
    private double trivialReads(List<String> ids) throws Exception {
        int reads = Math.max(ids.size() * 10, 1000);
        String bearer = "Bearer " + Api.tokenOf("reader");
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        inParallel(clients, client -> {
            for (int i = next.getAndIncrement(); i < reads; i = next.getAndIncrement()) {
                send(null, HttpRequest.newBuilder(uri("api/articles/" + ids.get(i % ids.size())))
                        .header("Authorization", bearer).GET().build(), 200);
            }
            return "";
        });
        return reads / Timings.secondsSince(start);
    }

    /**
     * Walks articles to PUBLISHED unrecorded, so that the figures are those of a server that has compiled its hot
     * paths: half as many as are measured (at least 20) unless {@code -Dbenchmark.warm-up=N}.
     */
    private void warmUp() throws Exception {
        int walks = Integer.getInteger("benchmark.warm-up", Math.max(20, articles / 2));
        inParallel(walks, i -> walkToPublished(ingest()));
    }

    private String ingest() throws Exception {
        String unique = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder()
                .add("title", "Benchmark article " + unique)
                .add("body", ("The council met on Monday and approved the budget for 2027. " + unique + "\n\n")
                        .repeat(20))
                .add("source", "benchmark")
                .build().toString();
        HttpResponse<String> response = send("ingest", HttpRequest.newBuilder(uri("api/articles"))
                .header("Authorization", "Bearer " + Api.tokenOf(Api.INGEST_FEED))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
        return json(response.body()).getString("id");
    }

    private String walkToPublished(String articleId) throws Exception {
        String next = decide(articleId, "triage", "accept", null);
        next = decide(articleId, "factCheck", "approve", next);
        decide(articleId, "publish", "publish", next);
        return articleId;
    }

    /** Claims and completes the step's task (the one given, or the open one); returns the next one if answered. */
    private String decide(String articleId, String taskKey, String decision, String given) throws Exception {
        String bearer = "Bearer " + Api.tokenOf(REVIEWER.get(taskKey));
        String taskId = given != null ? given : openTask(articleId, taskKey, bearer);
        send("claim " + taskKey, HttpRequest.newBuilder(uri("api/tasks/" + taskId + "/claim"))
                .header("Authorization", bearer).POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
        if (decision.equals("approve")) {
            verifyClaims(articleId, bearer);
        }
        HttpResponse<String> completed = send("complete " + taskKey, HttpRequest.newBuilder(
                        uri("api/tasks/" + taskId + "/complete")).header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"" + decision + "\"}")).build(), 200);
        JsonValue next = json(completed.body()).get("nextTask");
        return next instanceof JsonObject task ? task.getString("id") : null;
    }

    /** What a fact-checker does before approving: a verdict with evidence on every claim. */
    private void verifyClaims(String articleId, String bearer) throws Exception {
        HttpResponse<String> claims = send("GET claims", HttpRequest.newBuilder(uri("api/articles/" + articleId + "/claims"))
                .header("Authorization", bearer).GET().build(), 200);
        for (JsonValue claim : Json.createReader(new StringReader(claims.body())).readArray()) {
            String claimId = claim.asJsonObject().getString("id");
            send("rate claim", HttpRequest.newBuilder(uri("api/articles/" + articleId + "/claims/" + claimId))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"VERIFIED\",\"evidence\":\"agency copy\"}"))
                    .build(), 200);
        }
    }

    /** The article's open task of this kind, waiting (server-side) for the automatic step that opens it. */
    private String openTask(String articleId, String taskKey, String bearer) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<String> tasks = send("GET tasks", HttpRequest.newBuilder(
                    uri("api/tasks?articleId=" + articleId + "&taskKey=" + taskKey)).header("Authorization", bearer)
                    .header("Prefer", "wait=10").GET().build(), 200);
            JsonArray open = Json.createReader(new StringReader(tasks.body())).readArray();
            if (!open.isEmpty()) {
                return open.getJsonObject(0).getString("id");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No open " + taskKey + " task for " + articleId + " after a minute");
            }
            if (tasks.headers().firstValue("Preference-Applied").isEmpty()) {
                Thread.sleep(20); // an earlier build answers at once: ask again shortly, as clients did then
            }
        }
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

    /** Sends the request; while recording, files its latency and the statements and commits the server counted. */
    private HttpResponse<String> send(String call, HttpRequest request, int expected) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (recording && call != null) {
            calls.computeIfAbsent(call, name -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(new long[] {nanos, counted(response, "Copydesk-Statements"), counted(response, "Copydesk-Commits")});
        }
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static long counted(HttpResponse<String> response, String header) {
        return response.headers().firstValue(header).map(Long::parseLong).orElse(-1L);
    }

    private URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
