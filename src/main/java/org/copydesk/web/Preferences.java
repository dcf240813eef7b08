package org.copydesk.web;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a client prefers in its {@code Prefer} header (RFC 7240); a preference not understood is ignored. */
public final class Preferences {

    private static final Pattern WAIT = Pattern.compile("(?:^|,)\\s*wait\\s*=\\s*\"?(\\d{1,9})\"?\\s*(?:[;,]|$)",
            Pattern.CASE_INSENSITIVE);

    private Preferences() {
    }

    /** The {@code wait} preference: how long the client is willing to wait for an answer; none if not asked. */
    public static Optional<Duration> waitOf(String prefer) {
        if (prefer == null) {
            return Optional.empty();
        }
        Matcher wait = WAIT.matcher(prefer);
        return wait.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(wait.group(1)))) : Optional.empty();
    }
}
