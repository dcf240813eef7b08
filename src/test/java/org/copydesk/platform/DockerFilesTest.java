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
            "@ConfigProperty\\(name = \"([^\"]+)\"|\\$\\{MPCONFIG=([^:}]+)");
    private static final Pattern COPYDESK_VARIABLE = Pattern.compile("\\b(COPYDESK_[A-Z0-9_]+)\\b");

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

    /** MicroProfile Config maps copydesk.db.url to COPYDESK_DB_URL: non-alphanumerics to _, upper case. */
    private static Set<String> environmentFormsOfConfigKeys() throws IOException {
        Set<String> variables = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                Matcher keys = CONFIG_KEY.matcher(Files.readString(source));
                while (keys.find()) {
                    String key = keys.group(1) != null ? keys.group(1) : keys.group(2);
                    variables.add(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase());
                }
            }
        }
        return variables;
    }
}
