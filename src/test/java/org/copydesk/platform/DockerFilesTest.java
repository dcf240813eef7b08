package org.copydesk.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No Docker engine runs the files in docker/ here, so they are kept correct by reading them. */
class DockerFilesTest {

    private static final Pattern CONFIG_KEY = Pattern.compile(
            "@ConfigProperty\\(name = \"([^\"]+)\"|\\$\\{MPCONFIG=([^:}]+)|^([a-z][\\w.-]+)=", Pattern.MULTILINE);
    private static final Pattern COPYDESK_VARIABLE = Pattern.compile("\\b((?:COPYDESK|MP_JWT)_[A-Z0-9_]+)\\b");

    @Test
    void everyVariableTheDockerFilesSetIsOneTheServerReads() throws IOException {
        Set<String> read = environmentFormsOfConfigKeys();
        assertFalse(read.isEmpty());
        for (Path file : new Path[] {Path.of("docker/compose.yaml"), Path.of("docker/Dockerfile")}) {
            Matcher variables = COPYDESK_VARIABLE.matcher(Files.readString(file));
            while (variables.find()) {
                assertTrue(read.contains(variables.group(1)), file + " sets " + variables.group(1)
                        + ", which the server does not read; it reads " + read);
            }
        }
    }

    @Test
    void theComposeFileSetsTheDatabaseTheServerNeeds() throws IOException {
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        for (String variable : new String[] {"COPYDESK_DB_URL", "COPYDESK_DB_USER", "COPYDESK_DB_PASSWORD"}) {
            assertTrue(compose.contains(variable + ":"), variable);
        }
        assertTrue(compose.contains("jdbc:postgresql://postgres:5432/"));
    }

    @Test
    void keycloakImportsTheRealmFileAndTheServerTrustsItsIssuer() throws IOException {
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        assertTrue(compose.contains("./keycloak/copydesk-realm-production.json:/opt/keycloak/data/import/"));
        assertTrue(compose.contains("--import-realm"));
        Matcher hostname = Pattern.compile("--hostname=(\\S+?)\"").matcher(compose);
        assertTrue(hostname.find());
        assertTrue(compose.contains("MP_JWT_VERIFY_ISSUER: " + hostname.group(1) + "/realms/copydesk"),
                "the issuer the server checks is the one Keycloak puts in its tokens");
        assertTrue(Files.exists(Path.of("docker/keycloak/copydesk-realm-production.json")));
    }

    @Test
    void composeRunsTheKeycloakAndPayaraVersionsTheBuildTestsWith() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String compose = Files.readString(Path.of("docker/compose.yaml"));
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        assertTrue(compose.contains("quay.io/keycloak/keycloak:" + property(pom, "keycloak.version")));
        assertTrue(dockerfile.contains("payara/micro:" + property(pom, "payara.version")));
    }

    @Test
    void theImageRunsThePrebootCommandsTheTestsRunAndMetricsStayOff() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        Matcher copy = Pattern.compile("COPY docker/payara-preboot.asadmin (\\S+)").matcher(dockerfile);
        assertTrue(copy.find(), "the image holds the preboot commands");
        assertTrue(dockerfile.contains("\"--prebootcommandfile\", \"" + copy.group(1) + "\""), "and runs them");
        assertTrue(Files.readString(Path.of("docker/payara-preboot.asadmin"))
                .contains("microprofile-metrics-configuration.enabled=false"));
    }

    private static String property(String pom, String name) {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertTrue(value.find(), name);
        return value.group(1);
    }

    /** MicroProfile Config maps copydesk.db.url to COPYDESK_DB_URL: non-alphanumerics to _, upper case. */
    private static Set<String> environmentFormsOfConfigKeys() throws IOException {
        Set<String> variables = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                Matcher keys = CONFIG_KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    String key = keys.group(1) != null ? keys.group(1)
                            : keys.group(2) != null ? keys.group(2) : keys.group(3);
                    variables.add(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase());
                }
            }
        }
        return variables;
    }

    @Test
    void theImageOpensItsPortOnlyAfterTheApplicationsAreDeployed() throws IOException {
        String dockerfile = Files.readString(Path.of("docker/Dockerfile"));
        String listener = "network-listener.http-listener.enabled=";
        assertTrue(Files.readString(Path.of("docker/payara-preboot.asadmin")).contains(listener + "false"));
        assertTrue(Files.readString(Path.of("docker/payara-postdeploy.asadmin")).contains(listener + "true"));
        assertTrue(dockerfile.contains("COPY docker/payara-postdeploy.asadmin /opt/payara/copydesk-postdeploy.asadmin"));
        assertTrue(dockerfile.contains("\"--postdeploycommandfile\", \"/opt/payara/copydesk-postdeploy.asadmin\""));
    }
}
