package org.copydesk.portal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.copydesk.benchmark.ServerCalls;
import org.copydesk.benchmark.Timings;
import org.copydesk.it.CopydeskServer;
import org.copydesk.it.KeycloakServer;

/**
 * The portal's two busiest pages against the API calls they are made of, on one server with a full newsroom:
 * N open triage tasks (default 10,000) and one article in fact-check with many findings and claims. For each
 * page, the median time to serve it to a signed-in person (the session from a real sign-in in Chromium) and the
 * median time of the same API calls made directly with the same person's token, called alternately so that both
 * see the same moments of a busy machine; prints both and their ratio. Target: each page at most 150 ms median.
 * Arguments: open tasks (default 10000), measured calls (default 200), ingesting clients (default 8).
 */
public final class PortalRenderBenchmark {

    private static final int INBOX_PAGE = 25; // as InboxView asks

    private ServerCalls api;
    private HttpClient http;
    private final KeycloakServer keycloak;
    private final int tasks;
    private final int calls;
    private final int clients;

    private PortalRenderBenchmark(KeycloakServer keycloak, int tasks, int calls, int clients) {
        this.keycloak = keycloak;
        this.tasks = tasks;
        this.calls = calls;
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        CopydeskServer configured = CopydeskServer.fromSystemProperties().with("copydesk.samples.load", "false");
        KeycloakServer keycloak = configured.keycloak();
        boolean alreadyRunning = keycloak.answers();
        if (!alreadyRunning) {
            keycloak.start();
        }
        try (CopydeskServer server = configured.start()) {
            new PortalRenderBenchmark(keycloak, tasks, calls, clients).run(server);
        } finally {
            if (!alreadyRunning) {
                keycloak.stop();
            }
        }
        System.exit(0);
    }

    private void run(CopydeskServer server) throws Exception {
        api = new ServerCalls(server);
        http = api.http();
        String article = loadedArticle(server);
        fillInbox(server);
        String token = "Bearer " + keycloak.accessToken("editor");
        System.out.printf(Locale.ROOT, "open triage tasks: %d; the article: %d findings, %d claims%n",
                inboxTotal(server, token), api.array(token, "/api/articles/" + article + "/findings").size(),
                api.array(token, "/api/articles/" + article + "/claims").size());

        try (PortalBrowser browser = PortalBrowser.signedInAs(server, "editor")) {
            String cookies = browser.driver().manage().getCookies().stream()
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
            URI inboxPage = server.baseUri().resolve("/portal/inbox.xhtml");
            URI workspacePage = server.baseUri().resolve("/portal/workspace.xhtml?article=" + article);
            List<URI> inboxCalls = List.of(server.baseUri().resolve("/api/inbox?scope=available&order=priority&page=0&size="
                    + INBOX_PAGE));
            List<URI> workspaceCalls = List.of("versions", "", "original", "findings", "claims", "comments").stream()
                    .map(part -> server.baseUri().resolve("/api/articles/" + article + (part.isEmpty() ? "" : "/" + part)))
                    .collect(Collectors.toCollection(ArrayList::new));
            workspaceCalls.add(server.baseUri().resolve("/api/tasks?articleId=" + article));

            System.out.printf(Locale.ROOT, "median of %d calls each (p90 in brackets), page and its API calls alternately%n",
                    calls);
            System.out.printf(Locale.ROOT, "%-10s %24s %24s %8s%n", "page", "page ms", "API calls ms", "ratio");
            measure("inbox", inboxPage, cookies, inboxCalls, token);
            measure("workspace", workspacePage, cookies, workspaceCalls, token);
            System.out.println("target: each page at most 150 ms median server time");
        }
    }

    private void measure(String name, URI page, String cookies, List<URI> apiCalls, String token) throws Exception {
        for (int i = 0; i < Math.max(20, calls / 5); i++) { // warm-up
            timedPage(page, cookies);
            timedCalls(apiCalls, token);
        }
        long[] pageNanos = new long[calls];
        long[] apiNanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            pageNanos[i] = timedPage(page, cookies);
            apiNanos[i] = timedCalls(apiCalls, token);
        }
        Arrays.sort(pageNanos);
        Arrays.sort(apiNanos);
        System.out.printf(Locale.ROOT, "%-10s %s %s %8.2f%n", name, figure(pageNanos), figure(apiNanos),
                (double) Timings.median(pageNanos) / Timings.median(apiNanos));
    }

    private static String figure(long[] sorted) {
        return String.format(Locale.ROOT, "%10.1f [%10.1f]", Timings.millis(Timings.median(sorted)),
                Timings.millis(Timings.p90(sorted)));
    }

    private long timedPage(URI page, String cookies) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200 || !response.body().contains("id=\"user\"")) {
            throw new IllegalStateException(page + " answered " + response.statusCode() + " without the signed-in page");
        }
        return elapsed;
    }

    /** The page's API calls one after the other, as the page makes them. */
    private long timedCalls(List<URI> apiCalls, String token) throws Exception {
        long start = System.nanoTime();
        for (URI call : apiCalls) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(call).header("Authorization", token).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(call + " answered " + response.statusCode());
            }
        }
        return System.nanoTime() - start;
    }

    /**
     * One article with a page's worth of furniture (each line a finding) and forty figures (each a claim), taken
     * through triage so that its claims are extracted.
     */
    private String loadedArticle(CopydeskServer server) throws Exception {
        StringBuilder body = new StringBuilder("Harbour figures for the year\n\n");
        String[] furniture = {"Share this article", "Follow us on Twitter", "Sign up for our newsletter",
                "Read more:", "Advertisement", "Click here to subscribe"};
        for (int i = 0; i < 40; i++) {
            body.append("The harbour handled ").append(1_000 + i * 37).append(" ships in terminal ").append(i + 1)
                    .append(", its director Maria Okafor said on Tuesday.\n\n");
            body.append(furniture[i % furniture.length]).append("\n\n");
            if (i % 2 == 0) {
                body.append(furniture[(i + 3) % furniture.length]).append("\n\n");
            }
        }
        String id = api.ingest("Bearer " + keycloak.serviceToken("copydesk-ingest"), "Harbour figures " + System.nanoTime(), body.toString());
        String token = "Bearer " + keycloak.accessToken("triage");
        String task = awaitTask(server, id, "triage");
        api.post("/api/tasks/" + task + "/claim", token, null);
        api.post("/api/tasks/" + task + "/complete", token, "{\"decision\":\"accept\"}");
        awaitTask(server, id, "factCheck");
        return id;
    }

    private void fillInbox(CopydeskServer server) throws Exception {
        String ingestToken = "Bearer " + keycloak.serviceToken("copydesk-ingest");
        Instant started = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                work.add(pool.submit(() -> {
                    for (int i = client; i < tasks; i += clients) {
                        api.ingest(ingestToken, "Council item " + i + " " + System.nanoTime(), "The council"
                                + " discussed item " + i + " of its agenda on Monday; a vote follows next week.");
                    }
                    return null;
                }));
            }
            for (Future<?> each : work) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
        // a token of its own for each look: filling a busy server's inbox outlasts one token's life
        while (inboxTotal(server, "Bearer " + keycloak.accessToken("editor")) < tasks) {
            Thread.sleep(2_000);
        }
        System.out.printf(Locale.ROOT, "%d articles ingested and triaged in %d s%n", tasks,
                Duration.between(started, Instant.now()).toSeconds());
    }

    private long inboxTotal(CopydeskServer server, String token) throws Exception {
        return api.object(token, "/api/inbox?scope=all&taskKey=triage&size=1").getJsonNumber("total").longValue();
    }

    private String awaitTask(CopydeskServer server, String article, String taskKey) throws Exception {
        String token = "Bearer " + keycloak.accessToken("admin");
        Instant deadline = Instant.now().plusSeconds(600);
        while (Instant.now().isBefore(deadline)) {
            JsonArray open = api.array(token, "/api/tasks?articleId=" + article + "&taskKey=" + taskKey);
            if (!open.isEmpty()) {
                return open.getJsonObject(0).getString("id");
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("No " + taskKey + " task for " + article);
    }
}
