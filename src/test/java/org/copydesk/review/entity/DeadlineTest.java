package org.copydesk.review.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private static final Instant OPENED = Instant.parse("2026-11-29T09:15:00Z");

    @Test
    void aTaskIsDueItsStepsTimeAfterItOpensAndOfferedToSupervisorsTheirWaitAfterThat() {
        Deadline deadline = Deadline.of(OPENED, Duration.ofMinutes(90), Duration.ofHours(4));
        assertEquals(Instant.parse("2026-11-29T10:45:00Z"), deadline.due());
        assertEquals(Instant.parse("2026-11-29T14:45:00Z"), deadline.offerToSupervisors());
    }

    @Test
    void withNoWaitTheSupervisorsAreOfferedTheTaskAsItFallsDue() {
        Deadline deadline = Deadline.of(OPENED, Duration.ofMinutes(1), Duration.ZERO);
        assertEquals(deadline.due(), deadline.offerToSupervisors());
    }

    @Test
    void negativeTimesAndAnOfferBeforeTheDueDateAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Deadline.of(OPENED, Duration.ofMinutes(-1), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Deadline.of(OPENED, Duration.ZERO, Duration.ofSeconds(-1)));
        assertThrows(IllegalArgumentException.class, () -> new Deadline(OPENED, OPENED.minusSeconds(1)));
    }
}
