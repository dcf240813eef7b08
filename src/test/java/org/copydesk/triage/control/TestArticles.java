package org.copydesk.triage.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Articles for the tests, read from the classpath. */
final class TestArticles {

    private TestArticles() {
    }

    /** One of the five sample articles shipped under /samples. */
    static String sample(String fileName) {
        return read("/samples/" + fileName);
    }

    /** An article written for the tests under /invented. */
    static String invented(String fileName) {
        return read("/invented/" + fileName);
    }

    private static String read(String resource) {
        try (InputStream in = TestArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test article " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
