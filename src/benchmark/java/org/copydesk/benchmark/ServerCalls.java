package org.copydesk.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.copydesk.it.CopydeskServer;

/** The API calls a benchmark makes to fill and read one server, each failing loudly on an unexpected answer. */
public final class ServerCalls {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final CopydeskServer server;

    public ServerCalls(CopydeskServer server) {
        this.server = server;
    }

    public HttpClient http() {
        return http;
    }

    public URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    /** Posts a plain-text article; returns its id. */
    public String ingest(String token, String title, String text) throws Exception {
        return ingest(token, title, text, "benchmark", false);
    }

    /** Posts a plain-text article from this source; returns its id, also when it was received before. */
    public String ingest(String token, String title, String text, String source) throws Exception {
        return ingest(token, title, text, source, true);
    }

    private String ingest(String token, String title, String text, String source, boolean repeatAccepted)
            throws Exception {
        String body = Json.createObjectBuilder().add("title", title).add("body", text).add("source", source)
                .build().toString();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/articles"))
                .header("Authorization", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && !(repeatAccepted && response.statusCode() == 200)) {
            throw new IllegalStateException("Ingest answered " + response.statusCode() + ": " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject().getString("id");
    }

    /** Posts a JSON body, or none when it is null; expects 200. */
    public void post(String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", token);
        request = json == null ? request.POST(HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    public JsonObject object(String token, String path) throws Exception {
        return Json.createReader(new StringReader(get(token, path))).readObject();
    }

    public JsonArray array(String token, String path) throws Exception {
        return Json.createReader(new StringReader(get(token, path))).readArray();
    }

    public String get(String token, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The time one GET takes, answered 200, its body read and dropped. */
    public long timedGet(URI uri, String token) throws Exception {
        long start = System.nanoTime();
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", token).build(),
                HttpResponse.BodyHandlers.discarding());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return elapsed;
    }
}
