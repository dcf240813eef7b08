package org.copydesk.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;

/**
 * Soak: mixed ingest and reviews on PostgreSQL for a number of minutes while the server is killed (SIGKILL) every
 * few minutes and started again on the same database. Prints what was accepted, completed, lost and duplicated, the
 * recovery time after each crash (from the kill until every article the dead server left in intake has moved on
 * and a new article has gone through intake), and the server's memory and the database's size before and after.
 * The baseline is the first crash-free interval of the same run: the rate of completed articles in it against the
 * rate over the whole run.
 * <p>
 * System properties: {@code soak.minutes} (30), {@code soak.crash-every-seconds} (180), {@code soak.clients} (4),
 * and the {@code copydesk.it.*} keys of the server and Keycloak, as the benchmark profile sets them.
 */
public final class SoakBenchmark {

    private static final Map<String, String> REVIEWER = Map.of("triage", "triage", "factCheck", "factchecker",
            "publish", "publisher");
    private static final Map<String, String[]> STEP_OF_STATE = Map.of(
            "TRIAGE", new String[] {"triage", "accept"},
            "FACT_CHECK", new String[] {"factCheck", "approve"},
            "READY", new String[] {"publish", "publish"});
    private static final Duration DRAIN = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private volatile CopydeskServer server;
    private CopydeskServer restarted;

    public static void main(String[] args) throws Exception {
        int minutes = Integer.getInteger("soak.minutes", 30);
        int crashEvery = Integer.getInteger("soak.crash-every-seconds", 180);
        int clients = Integer.getInteger("soak.clients", 4);
        CopydeskServer configured = CopydeskServer.fromSystemProperties();
        if (configured.database() != CopydeskServer.Database.POSTGRES) {
            throw new IllegalStateException("The soak runs on PostgreSQL: -Dcopydesk.it.database=postgres");
        }
        // A Keycloak already answering on the port is used as it is (it takes minutes to start on a busy machine)
        boolean ownKeycloak = !answers(URI.create(configured.keycloak().issuer() + "/.well-known/openid-configuration"));
        if (ownKeycloak) {
            configured.keycloak().start();
        }
        SoakBenchmark soak = new SoakBenchmark();
        try {
            soak.run(configured, minutes, crashEvery, clients);
        } finally {
            // a failed restart must not leave the clients retrying against a server that is gone
            soak.running.set(false);
            if (ownKeycloak) {
                configured.keycloak().stop();
            }
        }
    }

    private static boolean answers(URI uri) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private void run(CopydeskServer first, int minutes, int crashEvery, int clients) throws Exception {
        System.out.printf(Locale.ROOT, "Copydesk soak on PostgreSQL: %d min, kill -9 every %d s, %d clients%n",
                minutes, crashEvery, clients);
        restarted = first.with("copydesk.samples.load", "false");
        server = first.start();
        Api.useKeycloak(server.keycloak());
        long rssBefore = residentKilobytes(server);
        long databaseBefore = databaseBytes();
        // daemon threads: a failed restart ends the run with its error instead of leaving the clients waiting
        ExecutorService workers = Executors.newFixedThreadPool(clients, task -> {
            Thread thread = new Thread(task, "soak-client");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < clients; i++) {
            workers.submit(this::ingestAndReview);
        }
        long start = System.nanoTime();
        long end = start + TimeUnit.MINUTES.toNanos(minutes);
        List<Double> recoveries = new ArrayList<>();
        double baselineRate = Double.NaN;
        while (System.nanoTime() + TimeUnit.SECONDS.toNanos(crashEvery) < end) {
            Thread.sleep(TimeUnit.SECONDS.toMillis(crashEvery));
            if (Double.isNaN(baselineRate)) {
                baselineRate = published() / Timings.secondsSince(start);
            }
            recoveries.add(crashAndRecover());
        }
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())));
        running.set(false);
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        double runSeconds = Timings.secondsSince(start);
        long rssAfter = residentKilobytes(server);
        drain();
        long databaseAfter = databaseBytes();
        report(runSeconds, baselineRate, recoveries, rssBefore, rssAfter, databaseBefore, databaseAfter);
        server.close();
    }

    /** One client: ingests an article, then takes it through triage, fact-check and publish, again and again. */
    private Void ingestAndReview() {
        while (running.get()) {
            try {
                String id = ingest();
                if (id != null) {
                    review(id);
                }
            } catch (Exception e) {
                pause(500);
            }
        }
        return null;
    }

    private String ingest() throws Exception {
        String unique = UUID.randomUUID().toString();
        String body = Json.createObjectBuilder()
                .add("title", "Soak article " + unique)
                .add("body", ("The council met on Monday and approved the budget for 2027. " + unique + "\n\n")
                        .repeat(10))
                .add("source", "soak")
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(uri("api/articles"))
                .header("Authorization", "Bearer " + Api.tokenOf(Api.INGEST_FEED))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // The same article again after a lost answer: ingest is idempotent on content, so a retry cannot duplicate.
        while (running.get()) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    String id = Json.createReader(new StringReader(response.body())).readObject().getString("id");
                    accepted.add(id);
                    return id;
                }
                refused.incrementAndGet();
            } catch (IOException e) {
                refused.incrementAndGet();
            }
            pause(500);
        }
        return null;
    }

    /** Acts on the article's open step until it is published; every step is looked up again after a failure. */
    private void review(String articleId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (running.get() && System.nanoTime() < deadline) {
            String state = stateOf(articleId);
            if ("PUBLISHED".equals(state) || "REJECTED".equals(state) || "DUPLICATE".equals(state)) {
                return;
            }
            String[] step = STEP_OF_STATE.get(state);
            if (step == null || !act(articleId, step[0], step[1])) {
                pause(200);
            }
        }
    }

    private boolean act(String articleId, String taskKey, String decision) throws Exception {
        String bearer = "Bearer " + Api.tokenOf(REVIEWER.get(taskKey));
        try {
            HttpResponse<String> tasks = http.send(HttpRequest.newBuilder(
                    uri("api/tasks?articleId=" + articleId + "&taskKey=" + taskKey)).header("Authorization", bearer)
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (tasks.statusCode() != 200) {
                return false;
            }
            JsonArray open = Json.createReader(new StringReader(tasks.body())).readArray();
            if (open.isEmpty()) {
                return false;
            }
            String taskId = open.getJsonObject(0).getString("id");
            http.send(HttpRequest.newBuilder(uri("api/tasks/" + taskId + "/claim")).header("Authorization", bearer)
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (decision.equals("approve")) {
                verifyClaims(articleId, bearer);
            }
            return http.send(HttpRequest.newBuilder(uri("api/tasks/" + taskId + "/complete"))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"" + decision + "\"}")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private void verifyClaims(String articleId, String bearer) throws Exception {
        HttpResponse<String> claims = http.send(HttpRequest.newBuilder(uri("api/articles/" + articleId + "/claims"))
                .header("Authorization", bearer).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (claims.statusCode() != 200) {
            return;
        }
        for (JsonValue claim : Json.createReader(new StringReader(claims.body())).readArray()) {
            String claimId = claim.asJsonObject().getString("id");
            http.send(HttpRequest.newBuilder(uri("api/articles/" + articleId + "/claims/" + claimId))
                    .header("Authorization", bearer).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"VERIFIED\",\"evidence\":\"agency copy\"}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /**
     * Kills the server, starts it again on the same database and returns the seconds from the kill until every
     * article it left in intake has moved on and a new article has gone through intake.
     */
    private double crashAndRecover() throws Exception {
        CopydeskServer dead = server;
        long killed = System.nanoTime();
        dead.kill();
        List<String> stranded = idsInState("INGESTED");
        // the same node again, configured as the first one (a node of a node would nest its folders)
        server = restarted.anotherNode(dead.baseUri().getPort()).start();
        double restartSeconds = Timings.secondsSince(killed);
        while (!stranded.isEmpty()) {
            stranded.retainAll(idsInState("INGESTED"));
            pause(250);
        }
        String fresh = null;
        while (fresh == null) {
            fresh = ingest();
        }
        while ("INGESTED".equals(stateOf(fresh))) {
            pause(100);
        }
        double recovered = Timings.secondsSince(killed);
        System.out.printf(Locale.ROOT, "crash: restarted in %.1f s, recovered in %.1f s%n", restartSeconds, recovered);
        return recovered;
    }

    /** After the load: waits for every accepted article to finish what it started. */
    private void drain() throws Exception {
        ExecutorService finishers = Executors.newFixedThreadPool(4);
        running.set(true);
        for (String id : Set.copyOf(accepted)) {
            finishers.submit(() -> {
                review(id);
                return null;
            });
        }
        finishers.shutdown();
        finishers.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        running.set(false);
        finishers.shutdownNow();
    }

    private void report(double runSeconds, double baselineRate, List<Double> recoveries, long rssBefore, long rssAfter,
                        long databaseBefore, long databaseAfter) throws SQLException {
        int lost = 0;
        int duplicated = 0;
        try (Connection db = server.openJdbc();
             PreparedStatement copies = db.prepareStatement("select count(*) from article where id = ?::uuid");
             PreparedStatement intakes = db.prepareStatement("select count(*) from audit_entry"
                     + " where article_id = ?::uuid and action = 'INTAKE_COMPLETED'")) {
            for (String id : accepted) {
                int rows = countOf(copies, id);
                lost += rows == 0 ? 1 : 0;
                duplicated += countOf(intakes, id) > 1 ? 1 : 0;
            }
            duplicated += count(db, "select count(*) from (select title from article where source = 'soak'"
                    + " group by title having count(*) > 1) repeated");
        }
        int completed = published();
        List<Double> sorted = recoveries.stream().sorted().toList();
        double p99 = sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1,
                (int) Math.ceil(sorted.size() * 0.99) - 1));
        double rate = completed / runSeconds;
        System.out.printf(Locale.ROOT, "%n%-44s %10d%n", "accepted", accepted.size());
        System.out.printf(Locale.ROOT, "%-44s %10d%n", "completed (published)", completed);
        System.out.printf(Locale.ROOT, "%-44s %10d%n", "lost (must be 0)", lost);
        System.out.printf(Locale.ROOT, "%-44s %10d%n", "duplicated (must be 0)", duplicated);
        System.out.printf(Locale.ROOT, "%-44s %10d%n", "requests refused or unanswered (retried)", refused.get());
        System.out.printf(Locale.ROOT, "%-44s %10d%n", "crashes", recoveries.size());
        System.out.printf(Locale.ROOT, "%-44s %10.1f s%n", "p99 recovery time", p99);
        System.out.printf(Locale.ROOT, "%-44s %10.1f s%n", "longest recovery time",
                sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1));
        System.out.printf(Locale.ROOT, "%-44s %10.1f MB -> %.1f MB%n", "server memory (RSS) after start -> at end",
                rssBefore / 1024.0, rssAfter / 1024.0);
        System.out.printf(Locale.ROOT, "%-44s %10.1f MB -> %.1f MB%n", "database size before -> after",
                databaseBefore / 1048576.0, databaseAfter / 1048576.0);
        System.out.printf(Locale.ROOT, "%-44s %10.2f /s%n", "baseline: published rate before the first crash",
                baselineRate);
        System.out.printf(Locale.ROOT, "%-44s %10.2f /s%n", "published rate over the whole run", rate);
        System.out.printf(Locale.ROOT, "%-44s %10.3f%n", "ratio whole run / baseline", rate / baselineRate);
    }

    private String stateOf(String articleId) throws SQLException {
        try (Connection db = server.openJdbc();
             PreparedStatement query = db.prepareStatement("select state from article where id = ?::uuid")) {
            query.setString(1, articleId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private List<String> idsInState(String state) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection db = server.openJdbc();
             PreparedStatement query = db.prepareStatement("select id from article where state = ?")) {
            query.setString(1, state);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private int published() throws SQLException {
        try (Connection db = server.openJdbc()) {
            return count(db, "select count(*) from article where source = 'soak' and state = 'PUBLISHED'");
        }
    }

    private long databaseBytes() throws SQLException {
        try (Connection db = server.openJdbc(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select pg_database_size(current_database())")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long residentKilobytes(CopydeskServer server) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(server.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static int countOf(PreparedStatement query, String id) throws SQLException {
        query.setString(1, id);
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
