package org.copydesk.publish.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Test
    void theWaitDoublesWithEachFailureWithinItsJitter() {
        Random random = new Random(42);
        for (int failures = 1; failures <= 6; failures++) {
            long full = 2000L << (failures - 1);
            for (int i = 0; i < 200; i++) {
                long wait = backoff.after(failures, random).toMillis();
                assertTrue(wait >= full / 2 && wait <= full, failures + " failures: " + wait);
            }
        }
    }

    @Test
    void theWaitStopsGrowingAtItsCeiling() {
        Random random = new Random(7);
        for (int failures : new int[] {10, 30, 64, 1000}) {
            long wait = backoff.after(failures, random).toMillis();
            assertTrue(wait >= 300_000 && wait <= 600_000, failures + " failures: " + wait);
        }
    }

    @Test
    void nodesRetryingTheSameFailureSpreadOut() {
        Random random = new Random(1);
        Set<Long> waits = new HashSet<>();
        for (int node = 0; node < 50; node++) {
            waits.add(backoff.after(3, random).toMillis());
        }
        assertTrue(waits.size() > 40, "jittered: " + waits.size() + " distinct waits of 50");
    }

    @Test
    void aFirstFailureWaitsAboutTheBase() {
        assertEquals(Duration.ofMillis(1000), new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1))
                .after(1, new Random() {
                    @Override
                    public long nextLong(long bound) {
                        return 0;
                    }
                }));
    }
}
