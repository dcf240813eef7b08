package org.copydesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real Keycloak (the Quarkus distribution the build unpacks from Maven Central) in its own process, with the
 * Copydesk realm imported from docker/keycloak/. Started once per build by {@link #main}, or by the demo run.
 */
public final class KeycloakServer {

    public static final String REALM = "copydesk";
    private static final String REALM_FILE = "docker/keycloak/copydesk-realm.json";

    private final int port;
    private final Path home;
    private final Path runDir;

    public KeycloakServer(int port) {
        this.port = port;
        this.home = distribution();
        this.runDir = Path.of(System.getProperty("copydesk.it.workdir", "target")).toAbsolutePath()
                .resolve("keycloak-run-" + port);
    }

    /** {@code start} or {@code stop}: the build's pre- and post-integration-test steps. */
    public static void main(String[] args) throws Exception {
        KeycloakServer keycloak = new KeycloakServer(Integer.parseInt(System.getProperty("copydesk.it.keycloak.port",
                "18180")));
        if (args.length == 1 && args[0].equals("start")) {
            keycloak.start();
        } else if (args.length == 1 && args[0].equals("stop")) {
            keycloak.stop();
        } else {
            throw new IllegalArgumentException("usage: KeycloakServer start|stop");
        }
    }

    /** Starts Keycloak on a fresh database with the realm imported, and waits until the realm answers. */
    public void start() throws IOException, InterruptedException {
        stop();
        Files.createDirectories(runDir);
        Path data = home.resolve("data");
        CopydeskServer.deleteRecursively(data.resolve("h2"));
        Files.createDirectories(data.resolve("import"));
        Files.writeString(data.resolve("import").resolve("copydesk-realm.json"),
                withPortalPorts(Files.readString(Path.of(REALM_FILE)), System.getProperty("copydesk.it.portal.ports", "")));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + baseUri(), "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(runDir.resolve("keycloak.log").toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx384m");
        Process process = builder.start();
        Files.writeString(runDir.resolve("keycloak.pid"), Long.toString(process.pid()));
        awaitRealm(process);
    }

    /**
     * The realm with the portal's sign-in accepted on the given ports of the test servers as well as on the ports
     * the realm file names, so that a build on other ports (-Dit.port.h2=...) still signs in, and on the ports of
     * the two nodes a test may start beside each of them.
     */
    static String withPortalPorts(String realm, String ports) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(realm))) {
            json = reader.readObject();
        }
        JsonArrayBuilder clients = Json.createArrayBuilder();
        for (JsonValue value : json.getJsonArray("clients")) {
            JsonObject client = value.asJsonObject();
            if (!"copydesk-portal".equals(client.getString("clientId"))) {
                clients.add(client);
                continue;
            }
            Set<String> uris = new LinkedHashSet<>(client.getJsonArray("redirectUris").getValuesAs(JsonString::getString));
            for (String port : ports.split(",")) {
                if (!port.isBlank()) {
                    int shared = Integer.parseInt(port.strip());
                    for (int each : new int[] {shared, shared + CopydeskServer.PORTAL_BESIDE,
                            shared + CopydeskServer.PORTAL_BESIDE + 1}) {
                        uris.add("http://127.0.0.1:" + each + "/*");
                        uris.add("http://localhost:" + each + "/*");
                    }
                }
            }
            JsonObject attributes = Json.createObjectBuilder(client.getJsonObject("attributes"))
                    .add("post.logout.redirect.uris", String.join("##", uris)).build();
            clients.add(Json.createObjectBuilder(client).add("redirectUris", Json.createArrayBuilder(uris))
                    .add("attributes", attributes));
        }
        return Json.createObjectBuilder(json).add("clients", clients).build().toString();
    }

    private void awaitRealm(Process process) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + runDir.resolve("keycloak.log"));
            }
            try {
                if (client.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        stop();
        throw new IllegalStateException("Keycloak did not answer " + discovery);
    }

    /** Stops the launcher script and the JVM it started; killing the script alone would leave the JVM running. */
    public void stop() throws IOException {
        Path pidFile = runDir.resolve("keycloak.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
        launcher.ifPresent(handle -> {
            List<ProcessHandle> family = Stream.concat(handle.descendants(), Stream.of(handle)).toList();
            family.forEach(ProcessHandle::destroy);
            family.forEach(member -> member.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                    .exceptionally(timeout -> {
                        member.destroyForcibly();
                        return member;
                    }).join());
        });
        Files.delete(pidFile);
    }

    /** Whether a Keycloak answers on this port with the realm. */
    public boolean answers() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public String issuer() {
        return baseUri() + "/realms/" + REALM;
    }

    public String jwksUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** The key id of the realm's RSA signing key, as its JWKS publishes it. */
    public String signingKeyId() {
        try {
            HttpResponse<String> jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(jwksUri()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return jakarta.json.Json.createReader(new java.io.StringReader(jwks.body())).readObject()
                    .getJsonArray("keys").getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(key -> "RS256".equals(key.getString("alg", "")))
                    .findFirst().orElseThrow().getString("kid");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The configuration a Copydesk server needs to trust this Keycloak, as environment variables. */
    public Map<String, String> serverEnvironment() {
        return Map.of("MP_JWT_VERIFY_ISSUER", issuer(),
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwksUri(),
                "COPYDESK_OIDC_PROVIDER_URI", issuer());
    }

    /**
     * Rotates the realm's signing key as an administrator would: a newly generated RSA key that outranks the fixed
     * one, so Keycloak signs every token from now on with it. Returns the key's component id for {@link #removeKey}.
     */
    public String rotateSigningKey() {
        String realmId = Json.createReader(new StringReader(admin("GET", "", null).body()))
                .readObject().getString("id");
        String component = Json.createObjectBuilder()
                .add("name", "rotated-" + UUID.randomUUID())
                .add("providerId", "rsa-generated")
                .add("providerType", "org.keycloak.keys.KeyProvider")
                .add("parentId", realmId)
                .add("config", Json.createObjectBuilder()
                        .add("priority", Json.createArrayBuilder().add("1000"))
                        .add("algorithm", Json.createArrayBuilder().add("RS256")))
                .build().toString();
        HttpResponse<String> created = admin("POST", "/components", component);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not add the key: " + created.statusCode() + " " + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Removes a key added by {@link #rotateSigningKey}; the realm signs with its fixed key again. */
    public void removeKey(String componentId) {
        HttpResponse<String> removed = admin("DELETE", "/components/" + componentId, null);
        if (removed.statusCode() != 204) {
            throw new IllegalStateException("Keycloak did not remove key " + componentId + ": " + removed.body());
        }
    }

    /**
     * Adds a person to the realm as an administrator would, with no role and their username as password (like the
     * demo users, so {@link #accessToken} works for them); returns their id.
     */
    public String addUser(String username) {
        String user = Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("firstName", "Test")
                .add("lastName", username)
                .add("email", username + "@copydesk.example")
                .add("emailVerified", true)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", username).add("temporary", false)))
                .build().toString();
        HttpResponse<String> created = admin("POST", "/users", user);
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak did not add " + username + ": " + created.statusCode() + " "
                    + created.body());
        }
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** Whether a demo or added user gets a token with their password now. */
    public boolean signsIn(String username) {
        return post(issuer() + "/protocol/openid-connect/token", "grant_type", "password", "client_id",
                "copydesk-cli", "username", username, "password", username).statusCode() == 200;
    }

    private HttpResponse<String> admin(String method, String path, String json) {
        String adminToken = Json.createReader(new StringReader(post(
                baseUri() + "/realms/master/protocol/openid-connect/token", "grant_type", "password",
                "client_id", "admin-cli", "username", "admin", "password", "admin").body()))
                .readObject().getString("access_token");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri() + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An access token for a demo user (password grant on the demo realm's CLI client). */
    public String accessToken(String username) {
        return token("grant_type", "password", "client_id", "copydesk-cli", "username", username,
                "password", username).access();
    }

    /** An ID token for a demo user: signed by the realm, but meant for the CLI client, not the API. */
    public String idToken(String username) {
        return token("grant_type", "password", "client_id", "copydesk-cli", "username", username,
                "password", username, "scope", "openid").id();
    }

    /** A service account's access token (client credentials). */
    public String serviceToken(String clientId) {
        return token("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientId + "-secret").access();
    }

    private record Tokens(String access, String id) {
    }

    private Tokens token(String... form) {
        HttpResponse<String> response = post(issuer() + "/protocol/openid-connect/token", form);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token: " + response.body());
        }
        jakarta.json.JsonObject json = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))
                .readObject();
        return new Tokens(json.getString("access_token"), json.getString("id_token", null));
    }

    private static HttpResponse<String> post(String uri, String... form) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < form.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(form[i]).append('=')
                    .append(URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
        }
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(uri))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path distribution() {
        Path target = Path.of(System.getProperty("copydesk.it.workdir", "target")).toAbsolutePath();
        try (Stream<Path> entries = Files.list(target)) {
            return entries.filter(path -> path.getFileName().toString().startsWith("keycloak-")
                            && Files.isExecutable(path.resolve("bin/kc.sh")))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Keycloak in " + target
                            + "; ./mvnw package unpacks it"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
