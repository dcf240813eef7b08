package org.copydesk.admin.control;

import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.copydesk.audit.entity.AuditSeal;
import org.copydesk.audit.entity.ChainLink;
import org.copydesk.benchmark.ServerCalls;
import org.copydesk.benchmark.Timings;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.KeycloakServer;

/**
 * The admin console's dashboard and workflow map on a year of a busy desk: A articles (default 100,000) with
 * E audit entries (default 1,000,000) sealed into their chains, of which L (default 1,000) came in through the API
 * and wait in the workflow, the rest written straight to the database as finished articles spread over the last
 * year. Prints the plan of every statement the two answer with, then the median and p90 of each API call
 * against an authenticated read of one article on the same server (the baseline of the same run), then one full
 * audit verification through the API. Target: dashboard and map each at most 200 ms median; verification at
 * least 50,000 entries a second.
 *
 * <p>Arguments: articles, audit entries, articles through the API, measured calls (default 100). Run it on
 * PostgreSQL ({@code -Dcopydesk.it.database=postgres}); the plans are PostgreSQL's.
 */
public final class ConsoleBenchmark {

    private static final Pattern POSITIONAL = Pattern.compile("\\?(\\d+)");
    private static final String[][] WALKS = {
            {"INGESTED", "TRIAGE", "FACT_CHECK", "READY", "PUBLISHED"},
            {"INGESTED", "TRIAGE", "REJECTED"},
            {"INGESTED", "TRIAGE", "FACT_CHECK", "REVISION", "FACT_CHECK", "READY", "PUBLISHED"},
    };

    private final KeycloakServer keycloak;
    private final int articles;
    private final int entries;
    private final int live;
    private final int calls;

    private ConsoleBenchmark(KeycloakServer keycloak, int articles, int entries, int live, int calls) {
        this.keycloak = keycloak;
        this.articles = articles;
        this.entries = entries;
        this.live = live;
        this.calls = calls;
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int entries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int live = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        CopydeskServer configured = CopydeskServer.fromSystemProperties().with("copydesk.samples.load", "false")
                .withoutPortal();
        KeycloakServer keycloak = configured.keycloak();
        boolean alreadyRunning = keycloak.answers();
        if (!alreadyRunning) {
            keycloak.start();
        }
        try (CopydeskServer server = configured.start()) {
            new ConsoleBenchmark(keycloak, articles, entries, live, calls).run(server);
        } finally {
            if (!alreadyRunning) {
                keycloak.stop();
            }
        }
        System.exit(0);
    }

    private void run(CopydeskServer server) throws Exception {
        ServerCalls calls = new ServerCalls(server);
        List<String> ingested = ingest(calls);
        try (Connection db = server.openJdbc()) {
            seed(db);
            if (server.database() == CopydeskServer.Database.POSTGRES) {
                try (Statement statement = db.createStatement()) {
                    // what autovacuum does to a table a year old: statistics and the visibility map
                    statement.execute("vacuum analyze");
                }
            }
            String token = "Bearer " + keycloak.accessToken("admin");
            String definition = calls.array(token, "/api/admin/definitions").stream().map(JsonObject.class::cast)
                    .filter(each -> each.getBoolean("newest")).findFirst().orElseThrow().getString("id");
            System.out.printf(Locale.ROOT, "%,d articles, %,d audit entries, %,d open tasks%n",
                    count(db, "select count(*) from article"), count(db, "select count(*) from audit_entry"),
                    count(db, "select count(*) from ACT_RU_TASK"));
            if (server.database() == CopydeskServer.Database.POSTGRES) {
                printPlans(db, definition);
            }
            measure(calls, definition, ingested.get(0));
        }
    }

    /** Articles through the API, left waiting in the workflow as a desk's open work is. */
    private List<String> ingest(ServerCalls calls) throws Exception {
        String token = "Bearer " + keycloak.serviceToken("copydesk-ingest");
        Instant started = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> ids = new ArrayList<>();
        try {
            List<Future<String>> work = new ArrayList<>();
            for (int i = 0; i < live; i++) {
                int n = i;
                work.add(pool.submit(() -> calls.ingest(token, "Council item " + n + " " + System.nanoTime(),
                        "The council discussed item " + n + " of its agenda on Monday; a vote follows next week.")));
            }
            for (Future<String> each : work) {
                ids.add(each.get());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "%,d articles ingested through the API in %d s%n", live,
                Duration.between(started, Instant.now()).toSeconds());
        return ids;
    }

    /**
     * Finished articles over the last year, each with its trail sealed into its chain as the server seals it: the
     * state changes of its walk, a claim and a completion per step, its publication.
     */
    private void seed(Connection db) throws Exception {
        Instant started = Instant.now();
        int seeded = articles - live;
        int perArticle = Math.max(1, (entries - (int) count(db, "select count(*) from audit_entry")) / seeded);
        Random random = new Random(42);
        AuditSeal seal = new AuditSeal();
        Instant now = Instant.now();
        long id = 1_000_000_000_000L;
        db.setAutoCommit(false);
        try (PreparedStatement article = db.prepareStatement("insert into article (id, title, source, language,"
                + " media_type, original_content, working_text, content_hash, received_at, updated_at, state, version,"
                + " priority, desk) values (?, ?, 'archive', 'en', 'text/plain', ?, ?, ?, ?, ?, ?, 0, 'NORMAL', 'news')");
             PreparedStatement entry = db.prepareStatement("insert into audit_entry (id, chain_key, chain_seq,"
                     + " article_id, actor, actor_subject, action, from_state, to_state, task_id, task_key, detail,"
                     + " occurred_at, previous_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int a = 0; a < seeded; a++) {
                UUID articleId = new UUID(0xa2c41e5L, a);
                Instant received = now.minus(random.nextInt(365 * 24 * 60), ChronoUnit.MINUTES);
                String[] walk = WALKS[random.nextInt(WALKS.length)];
                List<String[]> trail = trailOf(walk, perArticle);
                Instant at = received;
                String previous = null;
                for (int seq = 1; seq <= trail.size(); seq++) {
                    String[] step = trail.get(seq - 1);
                    at = at.plusSeconds(60 + random.nextInt(3_600));
                    ChainLink unsealed = new ChainLink(id++, articleId.toString(), (long) seq, articleId.toString(),
                            step[0].equals("STATE_CHANGED") ? "system" : "editor", null, step[0], step[1], step[2],
                            null, null, null, at.truncatedTo(ChronoUnit.MICROS), previous, null);
                    String hash = seal.of(unsealed);
                    entry.setLong(1, unsealed.id());
                    entry.setString(2, unsealed.chainKey());
                    entry.setLong(3, seq);
                    entry.setObject(4, articleId);
                    entry.setString(5, unsealed.actor());
                    entry.setString(6, null);
                    entry.setString(7, unsealed.action());
                    entry.setString(8, unsealed.fromState());
                    entry.setString(9, unsealed.toState());
                    entry.setString(10, null);
                    entry.setString(11, null);
                    entry.setString(12, null);
                    entry.setObject(13, unsealed.occurredAt().atOffset(ZoneOffset.UTC));
                    entry.setString(14, previous);
                    entry.setString(15, hash);
                    entry.addBatch();
                    previous = hash;
                }
                String text = "Archived report " + a;
                article.setObject(1, articleId);
                article.setString(2, "Archived report " + a);
                article.setBytes(3, text.getBytes(StandardCharsets.UTF_8));
                article.setString(4, text);
                article.setString(5, articleId.toString().replace("-", ""));
                article.setObject(6, received.atOffset(ZoneOffset.UTC));
                article.setObject(7, at.atOffset(ZoneOffset.UTC));
                article.setString(8, walk[walk.length - 1]);
                article.addBatch();
                if (a % 1_000 == 999) {
                    article.executeBatch();
                    entry.executeBatch();
                    db.commit();
                }
            }
            article.executeBatch();
            entry.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        System.out.printf(Locale.ROOT, "%,d finished articles with %d audit entries each written in %d s%n", seeded,
                perArticle, Duration.between(started, Instant.now()).toSeconds());
    }

    /** (action, from, to) of each entry: the walk's state changes first, then completions, ratings and the end. */
    private static List<String[]> trailOf(String[] walk, int length) {
        List<String[]> trail = new ArrayList<>();
        trail.add(new String[] {"INGESTED", null, "INGESTED"});
        for (int i = 1; i < walk.length && trail.size() < length; i++) {
            if (i > 1) {
                trail.add(new String[] {"TASK_COMPLETED", walk[i - 1], null});
            }
            if (walk[i - 1].equals("FACT_CHECK")) {
                trail.add(new String[] {"CLAIM_RATED", walk[i - 1], null});
            }
            trail.add(new String[] {walk[i].equals("PUBLISHED") ? "PUBLISHED" : "STATE_CHANGED", walk[i - 1],
                    walk[i]});
        }
        while (trail.size() < length) {
            trail.add(new String[] {"COMMENTED", walk[walk.length - 1], null});
        }
        return trail.subList(0, length);
    }

    private static void printPlans(Connection db, String definition) throws Exception {
        Timestamp fortnight = Timestamp.from(LocalDate.now(ZoneOffset.UTC).minusDays(13)
                .atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp now = Timestamp.from(Instant.now());
        plan(db, "articles per state", Dashboard.ARTICLES_PER_STATE);
        plan(db, "published per day", Dashboard.EVENTS_PER_DAY, "PUBLISHED", fortnight);
        plan(db, "contradictions per day", Dashboard.CONTRADICTIONS_PER_DAY, fortnight);
        plan(db, "time in each step", Dashboard.STEP_VISITS, "STATE_CHANGED", fortnight);
        plan(db, "waiting per element", WorkflowMap.WAITING_PER_ELEMENT, definition, true);
        plan(db, "overdue per task", WorkflowMap.OVERDUE_PER_TASK, definition, now);
    }

    /** EXPLAIN ANALYZE of a statement as the console sends it, its numbered parameters bound in place. */
    private static void plan(Connection db, String name, String sql, Object... parameters) throws Exception {
        Matcher positions = POSITIONAL.matcher(sql);
        List<Object> bound = new ArrayList<>();
        while (positions.find()) {
            bound.add(parameters[Integer.parseInt(positions.group(1)) - 1]);
        }
        try (PreparedStatement explain = db.prepareStatement("explain (analyze, buffers) "
                + positions.replaceAll("?"))) {
            for (int i = 0; i < bound.size(); i++) {
                explain.setObject(i + 1, bound.get(i));
            }
            System.out.println("-- plan: " + name);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    System.out.println("   " + rows.getString(1));
                }
            }
        }
    }

    private void measure(ServerCalls server, String definition, String article) throws Exception {
        String token = "Bearer " + keycloak.accessToken("admin");
        List<URI> measured = List.of(server.uri("/api/articles/" + article), server.uri("/api/admin/dashboard?days=14"),
                server.uri("/api/admin/definitions/" + definition + "/map"));
        for (int i = 0; i < Math.max(10, calls / 5); i++) {
            for (URI each : measured) {
                server.timedGet(each, token);
            }
        }
        long[][] nanos = new long[measured.size()][calls];
        for (int i = 0; i < calls; i++) {
            for (int m = 0; m < measured.size(); m++) {
                nanos[m][i] = server.timedGet(measured.get(m), token);
            }
        }
        String[] names = {"GET one article (baseline)", "GET dashboard, 14 days", "GET workflow map"};
        System.out.printf(Locale.ROOT, "median and p90 of %d calls each, called in turn%n", calls);
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %8s%n", "call", "median ms", "p90 ms", "ratio");
        for (int i = 0; i < names.length; i++) {
            Arrays.sort(nanos[i]);
            System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %8.2f%n", names[i],
                    Timings.millis(Timings.median(nanos[i])), Timings.millis(Timings.p90(nanos[i])),
                    (double) Timings.median(nanos[i]) / Timings.median(nanos[0]));
        }
        System.out.println("target: dashboard and map each at most 200 ms median");

        JsonObject verdict = server.object(token, "/api/admin/audit/verify");
        long verified = verdict.getJsonNumber("entries").longValue();
        long millis = verdict.getJsonNumber("millis").longValue();
        System.out.printf(Locale.ROOT, "audit verification through the API: %,d entries in %,d chains in %,d ms,"
                + " %,.0f entries/s (target 50,000), intact: %s%n", verified,
                verdict.getJsonNumber("chains").longValue(), millis, verified * 1000.0 / Math.max(1, millis),
                verdict.getBoolean("intact"));
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
