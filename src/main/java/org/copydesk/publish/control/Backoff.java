package org.copydesk.publish.control;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a failed delivery waits before its next attempt: doubling from a base up to a ceiling, with "equal
 * jitter" (half the wait fixed, half random) so that partners coming back after an outage are not hit by every
 * node at once, while the wait still grows.
 */
public record Backoff(Duration base, Duration ceiling) {

    public Duration after(int failures, RandomGenerator random) {
        long exponential = base.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
        long capped = Math.min(ceiling.toMillis(), exponential < 0 ? Long.MAX_VALUE : exponential);
        long half = capped / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
