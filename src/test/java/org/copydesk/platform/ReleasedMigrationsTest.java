package org.copydesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migrations are append-only once released: a database that ran one never runs it again, so a change to a
 * released file would never reach it. Each released file is listed with its checksum; new ones come after them.
 */
class ReleasedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.txt");

    @Test
    void releasedMigrationsAreNeitherChangedNorRenamed() throws Exception {
        for (Map.Entry<String, String> released : released().entrySet()) {
            Path file = MIGRATIONS.resolve(released.getKey());
            assertTrue(Files.exists(file), released.getKey() + " was released and must stay where it is");
            assertEquals(released.getValue(), sha256(file), released.getKey() + " was released and must not change;"
                    + " add a new migration instead");
        }
    }

    @Test
    void newMigrationsComeAfterTheReleasedOnes() throws Exception {
        int lastReleased = released().keySet().stream().mapToInt(ReleasedMigrationsTest::version).max().orElse(0);
        for (String file : migrationFiles()) {
            if (!released().containsKey(file)) {
                assertTrue(version(file) > lastReleased, file + " comes before released migrations; number it after V"
                        + lastReleased);
            }
        }
    }

    private static Map<String, String> released() throws IOException {
        Map<String, String> checksums = new TreeMap<>();
        for (String line : Files.readAllLines(RELEASED)) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split("\\s+");
                checksums.put(parts[0], parts[1]);
            }
        }
        return checksums;
    }

    private static List<String> migrationFiles() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql")).toList();
        }
    }

    private static int version(String file) {
        return Integer.parseInt(file.substring(1, file.indexOf("__")));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
