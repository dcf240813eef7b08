package org.copydesk.factcheck.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.copydesk.factcheck.entity.Claim;
import org.copydesk.factcheck.entity.ClaimKind;

/** Loads test articles from the classpath and picks claims out of extraction results. */
final class Articles {

    private Articles() {
    }

    static String load(String resource) {
        try (InputStream in = Articles.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Claim> withKey(List<Claim> claims, String key) {
        return claims.stream().filter(c -> c.subjectKey().text().equals(key)).collect(Collectors.toList());
    }

    static List<Claim> ofKind(List<Claim> claims, ClaimKind kind) {
        return claims.stream().filter(c -> c.kind() == kind).collect(Collectors.toList());
    }

    static Claim only(List<Claim> claims, String key) {
        List<Claim> found = withKey(claims, key);
        if (found.isEmpty()) {
            throw new AssertionError("No claim keyed " + key + " among " + claims.stream()
                    .map(c -> c.subjectKey().text()).collect(Collectors.joining(", ")));
        }
        return found.get(0);
    }
}
