package org.copydesk.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The real Copydesk server in its own Payara Micro process, on H2 or PostgreSQL, started on a fresh database.
 * Used by the integration tests, the benchmark and the demo run.
 */
public final class CopydeskServer implements AutoCloseable {

    public enum Database { H2, POSTGRES }

    /** How long the server under test keeps the realm's keys before it fetches them again. */
    /**
     * How far above the shared test server's port a test starts a server of its own (and one port above that, a
     * second node) whose portal people sign in to; the realm lets the portal sign in there too.
     */
    public static final int PORTAL_BESIDE = 50;
    public static final Duration KEYS_CACHE = Duration.ofSeconds(15);
    /** What the readiness check says of an API document Payara built empty and keeps for the server's life. */
    private static final String EMPTY_API_DOCUMENT = "lists none of the API's paths";
    /**
     * Set by the PostgreSQL integration tests, never by a benchmark: the databases made for them do not wait for
     * a commit's WAL to reach the disk.
     */
    private static final String ASYNCHRONOUS_COMMIT = "copydesk.it.postgres.asynchronous-commit";

    private final Database database;
    private final int port;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final Path workDir;
    private final KeycloakServer keycloak;
    private boolean freshDatabase = true;
    private boolean logToConsole;
    private boolean withPortal = true;
    private final Map<String, String> environment = new java.util.HashMap<>();
    private Path apiWar;
    private final List<String> systemProperties = new ArrayList<>();
    private java.net.URL initialData;
    private Process process;

    private CopydeskServer(Database database, int port, String jdbcUrl, String jdbcUser, String jdbcPassword,
                           Path workDir, KeycloakServer keycloak) {
        this.database = database;
        this.port = port;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
        this.workDir = workDir;
        this.keycloak = keycloak;
    }

    /** The server the build's integration-test execution asks for through system properties. */
    public static CopydeskServer fromSystemProperties() {
        Database database = Database.valueOf(System.getProperty("copydesk.it.database", "h2").toUpperCase());
        int port = Integer.parseInt(System.getProperty("copydesk.it.port", "18080"));
        Path target = Path.of(System.getProperty("copydesk.it.workdir", "target")).toAbsolutePath();
        Path workDir = target.resolve("it-" + database.name().toLowerCase());
        KeycloakServer keycloak = new KeycloakServer(Integer.getInteger("copydesk.it.keycloak.port", 18180));
        CopydeskServer server;
        if (database == Database.H2) {
            String url = "jdbc:h2:file:" + workDir.resolve("db/copydesk") + ";AUTO_SERVER=TRUE";
            server = new CopydeskServer(database, port, url, "sa", "", workDir, keycloak);
        } else {
            server = new CopydeskServer(database, port,
                    System.getProperty("copydesk.it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/copydesk_it"),
                    System.getProperty("copydesk.it.postgres.user", "postgres"),
                    System.getProperty("copydesk.it.postgres.password", ""), workDir, keycloak);
        }
        // every answer says what it cost in statements (StatementCountIT, the benchmark); with
        // -Dcopydesk.it.list-statements=true the server's log lists them call by call
        return server.withSystemProperty("copydesk.count-statements", "true")
                .withSystemProperty("copydesk.count-statements.sql", System.getProperty("copydesk.it.list-statements",
                        "false"));
    }

    /** The demo: port 8080, an H2 database in ./data that outlives restarts, the log on the console. */
    public static CopydeskServer demo(KeycloakServer keycloak) {
        Path data = Path.of("data").toAbsolutePath();
        CopydeskServer server = new CopydeskServer(Database.H2, 8080,
                "jdbc:h2:file:" + data.resolve("copydesk") + ";AUTO_SERVER=TRUE", "sa", "",
                Path.of("target", "demo").toAbsolutePath(), keycloak);
        server.freshDatabase = false;
        server.logToConsole = true;
        return server;
    }

    /**
     * A server of its own on a database of its own (PostgreSQL: the configured database's name with the suffix;
     * H2: a file in its own folder), for tests that must not disturb the shared server, such as crash tests.
     */
    public CopydeskServer onDatabaseOfItsOwn(String suffix, int port) {
        if (!suffix.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected database suffix " + suffix);
        }
        Path ownDir = workDir.resolveSibling(workDir.getFileName() + "-" + suffix);
        String url = database == Database.H2 ? "jdbc:h2:file:" + ownDir.resolve("db/copydesk") + ";AUTO_SERVER=TRUE"
                : withDatabaseName(jdbcUrl, databaseName(jdbcUrl) + "_" + suffix);
        return new CopydeskServer(database, port, url, jdbcUser, jdbcPassword, ownDir, keycloak);
    }

    /** Starts on a fresh database loaded first with this gzipped SQL script, as an earlier release left it. */
    public CopydeskServer loadedFrom(java.net.URL gzippedScript) {
        this.initialData = gzippedScript;
        return this;
    }

    /** One more node sharing this server's database as it stands: several nodes share work through it. */
    public CopydeskServer anotherNode(int port) {
        CopydeskServer node = new CopydeskServer(database, port, jdbcUrl, jdbcUser, jdbcPassword,
                workDir.resolveSibling(workDir.getFileName() + "-node-" + port), keycloak);
        node.freshDatabase = false;
        node.withPortal = withPortal;
        node.environment.putAll(environment);
        node.systemProperties.addAll(systemProperties);
        return node;
    }

    /** The API alone, without the portal: it starts sooner. */
    public CopydeskServer withoutPortal() {
        this.withPortal = false;
        return this;
    }

    /**
     * A JVM that compiles only quickly (C1), for tests that restart a server many times: what a short-lived node
     * needs. Never for a benchmark: a server in production compiles its hot code fully.
     */
    public CopydeskServer compilingQuickly() {
        systemProperties.add("-XX:TieredStopAtLevel=1");
        return this;
    }

    /** Deploys this API WAR instead of the build's, such as one built from an earlier commit to compare with. */
    public CopydeskServer deploying(Path war) {
        this.apiWar = war.toAbsolutePath();
        return this;
    }

    /** A configuration key for this server, as an environment variable (copydesk.a.b -> COPYDESK_A_B). */
    public CopydeskServer with(String key, String value) {
        environment.put(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value);
        return this;
    }

    /**
     * A system property of the server's JVM, for the settings Payara reads only under their own name (MicroProfile
     * OpenAPI's keys, for one, are not found as environment variables).
     */
    public CopydeskServer withSystemProperty(String key, String value) {
        systemProperties.add("-D" + key + "=" + value);
        return this;
    }

    /** The CPU time the server's process has used so far (zero when the platform does not tell). */
    public Duration cpuTime() {
        return process == null ? Duration.ZERO : process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Ends the server process at once, as a crash or an out-of-memory kill would (SIGKILL): nothing is closed. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
            process = null;
        }
    }

    public CopydeskServer start() {
        try {
            if (freshDatabase) {
                deleteRecursively(workDir);
                if (database == Database.POSTGRES) {
                    recreatePostgresDatabase();
                }
                if (initialData != null) {
                    load(initialData);
                }
            } else {
                deleteRecursively(workDir.resolve("payara"));
            }
            Files.createDirectories(workDir);
            Path preboot = workDir.resolve("preboot.asadmin");
            // the image's own commands (docker/payara-*.asadmin, which also keep the port closed until both
            // applications are deployed), then the tests' listener on loopback only
            Files.writeString(preboot, Files.readString(Path.of("docker/payara-preboot.asadmin"))
                    + "set configs.config.server-config.network-config.network-listeners"
                    + ".network-listener.http-listener.address=127.0.0.1\n");
            Path postdeploy = workDir.resolve("postdeploy.asadmin");
            Files.copy(Path.of("docker/payara-postdeploy.asadmin"), postdeploy,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g"));
            // e.g. a flight recording of the server under a benchmark's load
            String jvmOptions = System.getProperty("copydesk.it.server-jvm-options", "");
            if (!jvmOptions.isBlank()) {
                command.addAll(List.of(jvmOptions.trim().split("\\s+")));
            }
            command.addAll(systemProperties);
            command.addAll(List.of(
                    "-jar", payaraMicroJar().toString(),
                    "--deploy", (apiWar != null ? apiWar : warFile()) + ":/"));
            if (withPortal) {
                command.addAll(List.of("--deploy", portalWarFile() + ":/portal"));
            }
            command.addAll(List.of(
                    "--port", Integer.toString(port),
                    "--nohazelcast",
                    "--prebootcommandfile", preboot.toString(),
                    "--postdeploycommandfile", postdeploy.toString(),
                    "--rootdir", workDir.resolve("payara").toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logToConsole ? ProcessBuilder.Redirect.INHERIT
                            : ProcessBuilder.Redirect.appendTo(workDir.resolve("server.log").toFile()));
            Map<String, String> env = builder.environment();
            env.put("COPYDESK_DB_URL", jdbcUrl);
            env.put("COPYDESK_DB_USER", jdbcUser);
            env.put("COPYDESK_DB_PASSWORD", jdbcPassword);
            env.put("COPYDESK_HTTP_PORT", Integer.toString(port));
            // a failing automatic step reaches the failed-jobs list within seconds, not half a minute
            env.put("COPYDESK_WORKFLOW_JOB_RETRY_WAIT_SECONDS", "1");
            // the realm's keys are fetched again within seconds, so an outage outlasts the cache in a short test
            env.put("COPYDESK_SECURITY_KEYS_CACHE_SECONDS", Long.toString(KEYS_CACHE.toSeconds()));
            env.put("COPYDESK_SECURITY_KEYS_MIN_REFETCH_SECONDS", "3");
            // deliveries retried and dead within seconds, and a dead node's deliveries taken over soon
            env.put("COPYDESK_PUBLISH_RETRY_BASE_MILLIS", "200");
            env.put("COPYDESK_PUBLISH_MAX_ATTEMPTS", "4");
            env.put("COPYDESK_PUBLISH_LEASE_SECONDS", "3");
            env.put("COPYDESK_PUBLISH_POLL_MILLIS", "200");
            env.putAll(keycloak.serverEnvironment());
            env.putAll(environment);
            process = builder.start();
            awaitReady();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // a start on a machine busy with other builds can take most of ten minutes
        Instant deadline = Instant.now().plus(Duration.ofMinutes(Integer.getInteger("copydesk.it.start-minutes", 10)));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "\n" + logTail());
            }
            // A failed deployment still logs "ready" and serves 404: wait until both applications answer,
            // the API asking for a token and the portal sending the browser to Keycloak.
            String readiness = body(client, "/health/ready");
            if (readiness.contains(EMPTY_API_DOCUMENT)) {
                close();
                throw new IllegalStateException("Copydesk started with an empty API document: " + readiness);
            }
            if (readiness.startsWith("{\"status\":\"UP\"") && status(client, "/api/articles?size=1") == 401
                    && (!withPortal || status(client, "/portal/inbox.xhtml") == 302)) {
                return;
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Copydesk did not become ready on port " + port + "\n" + logTail());
    }

    private int status(HttpClient client, String path) {
        HttpResponse<Void> response = answer(client, path, HttpResponse.BodyHandlers.discarding());
        return response == null ? -1 : response.statusCode();
    }

    private String body(HttpClient client, String path) {
        HttpResponse<String> response = answer(client, path, HttpResponse.BodyHandlers.ofString());
        return response == null ? "" : response.body();
    }

    /**
     * The answer, or null when there is none within ten seconds: a request's own timeout ends with the headers, and
     * a server still starting may send those and stall on the body.
     */
    private <T> HttpResponse<T> answer(HttpClient client, String path, HttpResponse.BodyHandler<T> handler) {
        CompletableFuture<HttpResponse<T>> answer = client.sendAsync(
                HttpRequest.newBuilder(baseUri().resolve(path)).timeout(Duration.ofSeconds(5)).build(), handler);
        try {
            return answer.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            answer.cancel(true);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the server process ends. */
    public void await() throws InterruptedException {
        process.waitFor();
    }

    /** The server process's id, for figures such as its memory. */
    public long pid() {
        return process.pid();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public Database database() {
        return database;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** A connection to the server's own database, for tests that must reach under the API. */
    public Connection openJdbc() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
    }

    /** The id of the workflow instance an article runs in, read from the database. */
    public String processInstanceOf(String articleId) throws SQLException {
        try (Connection db = openJdbc();
             PreparedStatement query = db.prepareStatement("select process_instance_id from article where id = ?")) {
            query.setObject(1, java.util.UUID.fromString(articleId));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No article " + articleId + " is stored");
                }
                return row.getString(1);
            }
        }
    }

    /** Everything the server has logged so far. */
    public String log() {
        try {
            return new String(Files.readAllBytes(workDir.resolve("server.log")), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(workDir.resolve("server.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void load(java.net.URL gzippedScript) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(gzippedScript.openStream());
             Connection connection = openJdbc(); Statement statement = connection.createStatement()) {
            statement.execute(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load " + gzippedScript, e);
        }
    }

    private static String databaseName(String url) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String name = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected test database name " + name);
        }
        return name;
    }

    private static String withDatabaseName(String url, String name) {
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    private void recreatePostgresDatabase() {
        String name = databaseName(jdbcUrl);
        String maintenance = withDatabaseName(jdbcUrl, "postgres");
        try (Connection connection = DriverManager.getConnection(maintenance, jdbcUser, jdbcPassword);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
            if (Boolean.getBoolean(ASYNCHRONOUS_COMMIT)) {
                // a commit is visible to every session at once and lost only if PostgreSQL itself crashes, which no
                // test does; waiting for each commit's flush to disk is most of a test's time on a slow disk
                statement.execute("alter database " + name + " set synchronous_commit = off");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare PostgreSQL database " + name + " at " + maintenance, e);
        }
    }

    private static Path payaraMicroJar() {
        return requiredFile("copydesk.it.payara", "target/payara-micro.jar");
    }

    private static Path warFile() {
        return requiredFile("copydesk.it.war", "target/copydesk.war");
    }

    private static Path portalWarFile() {
        return requiredFile("copydesk.it.portal", "target/copydesk-portal.war");
    }

    private static Path requiredFile(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback)).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing; build with ./mvnw package first");
        }
        return path;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
