package org.copydesk.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.it.Api;
import org.copydesk.it.CopydeskServer;
import org.copydesk.triage.control.SyntheticNewsroom;

/**
 * Ingest on PostgreSQL, every call with a Keycloak token. First a burst: B articles sent by C clients as fast as
 * they are accepted, against single-row JDBC inserts into the same database in the same run, then the time the
 * triage queued behind it takes to drain. Then a steady R articles per second for M minutes, the backlog of articles
 * still waiting for their triage sampled every ten seconds: triage keeps up when it does not grow. The articles come
 * from {@link SyntheticNewsroom}: stories told by several outlets in English and French, wire updates and
 * republished copies among them, so triage places stories and finds near-duplicates as it does on a real day.
 * Arguments: B (default 1000), C (default 8), R (default 80), M (default 5).
 */
public final class IngestBenchmark {

    private static final long SEED = 20261129L;
    private static final int SAMPLE_SECONDS = 10;

    private final CopydeskServer server;
    private final ServerCalls calls;
    private final List<SyntheticNewsroom.Article> articles;
    private final AtomicInteger nextArticle = new AtomicInteger();

    private IngestBenchmark(CopydeskServer server, List<SyntheticNewsroom.Article> articles) {
        this.server = server;
        this.calls = new ServerCalls(server);
        this.articles = articles;
    }

    public static void main(String[] args) throws Exception {
        int burst = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 80;
        int minutes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<SyntheticNewsroom.Article> articles = newsroom(100 + burst + rate * minutes * 60 + rate * 60);
        CopydeskServer configured = CopydeskServer.fromSystemProperties().withoutPortal();
        configured.keycloak().start();
        try (CopydeskServer server = configured.start(); AutovacuumStandIn statistics = AutovacuumStandIn.on(server)) {
            Api.useKeycloak(server.keycloak());
            new IngestBenchmark(server, articles).run(burst, clients, rate, minutes);
        } finally {
            configured.keycloak().stop();
        }
    }

    /** A day's articles in the order they arrive: the stories of a few hundred events interleaved. */
    private static List<SyntheticNewsroom.Article> newsroom(int count) {
        SyntheticNewsroom newsroom = new SyntheticNewsroom(SEED);
        List<SyntheticNewsroom.Article> all = new ArrayList<>();
        for (int event = 0; all.size() < count; event++) {
            all.addAll(newsroom.told(newsroom.event(event), newsroom.articlesOf(event)));
        }
        Random random = new Random(SEED);
        for (int from = 0; from < all.size(); from += 500) {
            Collections.shuffle(all.subList(from, Math.min(all.size(), from + 500)), random);
        }
        return all;
    }

    private void run(int burst, int clients, int rate, int minutes) throws Exception {
        System.out.printf(Locale.ROOT, "Ingest on %s: a burst of %d articles from %d clients, then %d articles/s for"
                + " %d minutes%n", server.database(), burst, clients, rate, minutes);
        inParallel(clients, 100, () -> ingestNext());
        awaitBacklog(0, 600);

        LockWaits burstWaits = LockWaits.during(server);
        CpuUse burstCpu = CpuUse.of(server);
        long burstStart = System.nanoTime();
        long[] burstLatencies = inParallel(clients, burst, this::ingestNext);
        double acceptSeconds = Timings.secondsSince(burstStart);
        awaitBacklog(0, 1800);
        double drainSeconds = Timings.secondsSince(burstStart);
        String burstCpuUse = burstCpu.since(server, burst, drainSeconds);
        burstWaits.close();
        double jdbcSeconds = JdbcInsertBaseline.seconds(server, burst, clients);

        double acceptRate = burst / acceptSeconds;
        double jdbcRate = burst / jdbcSeconds;
        System.out.printf(Locale.ROOT, "%n%-56s %10.1f /s   (median %.1f ms, p99 %.1f ms)%n",
                "burst: accepted (POST /api/articles)", acceptRate, Timings.millis(Timings.median(burstLatencies)),
                Timings.millis(Timings.p99(burstLatencies)));
        System.out.printf(Locale.ROOT, "%-56s %10.1f /s   (all triaged %.1f s after the first was sent)%n",
                "burst: triaged behind it", burst / drainSeconds, drainSeconds);
        System.out.printf(Locale.ROOT, "%-56s %10.1f /s%n", "baseline: single-row JDBC inserts", jdbcRate);
        System.out.printf(Locale.ROOT, "%-56s %10.3f   (target: at least 300 articles/s, ratio 0.1)%n",
                "ratio burst acceptance / JDBC inserts", acceptRate / jdbcRate);
        System.out.printf(Locale.ROOT, "%-56s %s%n", "burst: database sessions until triaged", burstWaits.summary());
        System.out.printf(Locale.ROOT, "%-56s %s%n", "burst: accepted and triaged", burstCpuUse);

        if (minutes > 0) {
            sustained(rate, minutes, Math.max(clients, 16));
        }
    }

    /**
     * Sends article i at start + i / rate from a pool large enough that a slow answer does not hold the next one
     * back; samples the backlog meanwhile. Prints the rate kept, the latencies, and how the backlog moved.
     */
    private void sustained(int rate, int minutes, int senders) throws Exception {
        int total = rate * minutes * 60;
        List<long[]> backlog = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        Repeatedly sampler = Repeatedly.onDatabase(server, "backlog", SAMPLE_SECONDS * 1000L,
                db -> backlog.add(new long[] {System.nanoTime() - start, waitingForTriage(db)}));
        AtomicInteger sent = new AtomicInteger();
        LockWaits waits = LockWaits.during(server);
        CpuUse cpu = CpuUse.of(server);
        long[] latencies = inParallel(senders, total, () -> {
            long due = start + (long) (sent.getAndIncrement() * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            return ingestNext();
        });
        double elapsed = Timings.secondsSince(start);
        String cpuUse = cpu.since(server, total, elapsed);
        waits.close();
        sampler.close();
        long[][] samples = backlog.toArray(new long[0][]);
        double slope = slope(samples);
        long peak = Arrays.stream(samples).mapToLong(sample -> sample[1]).max().orElse(0);
        long last = samples.length == 0 ? 0 : samples[samples.length - 1][1];
        StringBuilder series = new StringBuilder();
        for (long[] sample : samples) {
            series.append(' ').append(sample[1]);
        }
        System.out.printf(Locale.ROOT, "%n%-56s %10.1f /s   (asked %d /s for %d s; median %.1f ms, p99 %.1f ms)%n",
                "sustained: accepted", total / elapsed, rate, minutes * 60, Timings.millis(Timings.median(latencies)),
                Timings.millis(Timings.p99(latencies)));
        System.out.printf(Locale.ROOT, "%-56s %s%n", "sustained: waiting for triage, every " + SAMPLE_SECONDS + " s",
                series.toString().strip());
        System.out.printf(Locale.ROOT, "%-56s %10.2f /s   (peak %d, last %d; %s)%n",
                "sustained: backlog growth (least squares)", slope, peak, last,
                slope <= rate * 0.01 ? "not growing: triage keeps up" : "growing: triage falls behind");
        System.out.printf(Locale.ROOT, "%-56s %s%n", "sustained: database sessions", waits.summary());
        System.out.printf(Locale.ROOT, "%-56s %s%n", "sustained: per article accepted, triage behind", cpuUse);
    }

    /** Articles per second the backlog grows by, fitted over the samples. */
    private static double slope(long[][] samples) {
        int n = samples.length;
        if (n < 2) {
            return 0;
        }
        double meanT = Arrays.stream(samples).mapToDouble(sample -> sample[0] / 1e9).average().orElse(0);
        double meanB = Arrays.stream(samples).mapToDouble(sample -> sample[1]).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (long[] sample : samples) {
            double t = sample[0] / 1e9 - meanT;
            covariance += t * (sample[1] - meanB);
            variance += t * t;
        }
        return covariance / variance;
    }

    private long ingestNext() throws Exception {
        SyntheticNewsroom.Article article = articles.get(nextArticle.getAndIncrement());
        long start = System.nanoTime();
        calls.ingest("Bearer " + Api.tokenOf(Api.INGEST_FEED), article.title(), article.text(), article.source());
        return System.nanoTime() - start;
    }

    private void awaitBacklog(long atMost, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        try (Connection db = server.openJdbc()) {
            while (waitingForTriage(db) > atMost) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Triage has not caught up after " + seconds + " s");
                }
                Thread.sleep(200);
            }
        }
    }

    private static long waitingForTriage(Connection db) throws Exception {
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select count(*) from article where state = 'INGESTED'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private interface Call {
        long run() throws Exception;
    }

    /** Runs the call that many times from that many threads; returns each call's result, sorted. */
    private static long[] inParallel(int threads, int times, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> each = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                each.add(pool.submit(call::run));
            }
            long[] results = new long[times];
            for (int i = 0; i < times; i++) {
                results[i] = each.get(i).get();
            }
            Arrays.sort(results);
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
