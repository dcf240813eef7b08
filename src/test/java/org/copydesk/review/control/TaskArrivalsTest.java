package org.copydesk.review.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TaskArrivalsTest {

    private final TaskArrivals arrivals = new TaskArrivals();
    private final UUID article = UUID.randomUUID();

    @Test
    void aTaskAlreadyOpenIsAnsweredAtOnce() {
        AtomicInteger lookups = new AtomicInteger();
        List<String> found = arrivals.awaitAny(article, Duration.ofSeconds(10), () -> {
            lookups.incrementAndGet();
            return List.of("task");
        });
        assertThat(found).containsExactly("task");
        assertThat(lookups).hasValue(1);
        assertThat(arrivals.articlesAwaited()).isZero();
    }

    @Test
    void aTaskOpeningOnThisNodeWakesTheWaiterBeforeItWouldLookAgain() {
        AtomicBoolean open = new AtomicBoolean();
        CompletableFuture.runAsync(() -> {
            open.set(true);
            arrivals.opened(new TaskArrivals.TaskOpened(article));
        }, CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS));
        long start = System.nanoTime();
        List<String> found = arrivals.awaitAny(article, Duration.ofSeconds(10),
                () -> open.get() ? List.of("task") : List.of());
        assertThat(found).containsExactly("task");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TaskArrivals.LOOK_AGAIN);
        assertThat(arrivals.articlesAwaited()).isZero();
    }

    @Test
    void noTaskInTheTimeAskedForIsAnEmptyAnswerAndLeavesNothingBehind() {
        AtomicInteger lookups = new AtomicInteger();
        long start = System.nanoTime();
        List<String> found = arrivals.awaitAny(article, Duration.ofMillis(1200), () -> {
            lookups.incrementAndGet();
            return List.of();
        });
        assertThat(found).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1200));
        assertThat(lookups.get()).as("looked again every half second for tasks opened elsewhere").isBetween(3, 5);
        assertThat(arrivals.articlesAwaited()).isZero();
    }
}
