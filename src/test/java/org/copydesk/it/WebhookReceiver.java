package org.copydesk.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A partner's webhook endpoint on 127.0.0.1, inside the test: records every request it gets, and answers each
 * path as told (accept, fail the first N tries of each webhook-id, or fail always).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as received, with the Standard Webhooks headers. */
    public record Received(String path, String id, String timestamp, String signature, String body, Instant at) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> failFirst = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> triesById = new ConcurrentHashMap<>();
    private volatile long answerAfterMillis;

    public WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The path answers 503 to the first {@code tries} requests of each webhook-id, then 204. */
    public void failFirst(String path, int tries) {
        failFirst.put(path, tries);
    }

    /** The path answers 503 to every request until told otherwise. */
    public void failAlways(String path) {
        failFirst.put(path, Integer.MAX_VALUE);
    }

    /** Every answer waits this long after the request is recorded, as a slow partner's would. */
    public void answerAfter(Duration wait) {
        answerAfterMillis = wait.toMillis();
    }

    public void accept(String path) {
        failFirst.remove(path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getPath();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            received.add(new Received(path, id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), Instant.now()));
            int tries = triesById.computeIfAbsent(path + " " + id, key -> new AtomicInteger()).incrementAndGet();
            boolean fail = tries <= failFirst.getOrDefault(path, 0);
            if (answerAfterMillis > 0) {
                try {
                    Thread.sleep(answerAfterMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
        }
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> received(Predicate<Received> which) {
        return received.stream().filter(which).toList();
    }

    /** Waits until at least {@code count} requests match; returns them. */
    public List<Received> await(Predicate<Received> which, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        List<Received> found = received(which);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            found = received(which);
        }
        if (found.size() < count) {
            throw new AssertionError("Expected " + count + " webhook requests, got " + found.size() + ": " + found);
        }
        return found;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
