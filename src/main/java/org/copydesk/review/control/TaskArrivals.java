package org.copydesk.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Lets a client that asks for an article's open tasks wait a little for one to open, instead of asking again and
 * again while an automatic step (intake, claim extraction) runs. A task opened on this node wakes its waiters as
 * soon as its transaction commits; one opened on another node is found by looking again every {@link #LOOK_AGAIN}.
 */
@ApplicationScoped
public class TaskArrivals {

    /** The longest a client may wait: an HTTP thread is held meanwhile. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    static final Duration LOOK_AGAIN = Duration.ofMillis(500);

    /** A review task of the article opened in the current transaction. */
    public record TaskOpened(UUID articleId) {
    }

    private final ConcurrentMap<UUID, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    int articlesAwaited() {
        return waiting.size();
    }

    void opened(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskOpened event) {
        CompletableFuture<Void> waiters = waiting.remove(event.articleId());
        if (waiters != null) {
            waiters.complete(null);
        }
    }

    /** The wait a client gets when it asks for this one: at most {@link #LONGEST_WAIT}. */
    public static Duration allowed(Duration asked) {
        return asked.compareTo(LONGEST_WAIT) < 0 ? asked : LONGEST_WAIT;
    }

    /**
     * What {@code lookup} finds of the article's tasks; while it finds none, waits (at most {@link #LONGEST_WAIT})
     * for a task of the article to open and looks again. Whatever it finds last is the answer, none included.
     */
    public <T> List<T> awaitAny(UUID articleId, Duration atMost, Supplier<List<T>> lookup) {
        long deadline = System.nanoTime() + allowed(atMost).toNanos();
        while (true) {
            // expected before looking, so that a task opening in between is not missed
            CompletableFuture<Void> arrival = waiting.computeIfAbsent(articleId, id -> new CompletableFuture<>());
            List<T> found = lookup.get();
            long left = deadline - System.nanoTime();
            if (!found.isEmpty() || left <= 0) {
                // nobody may be left to wake: an article whose last task opened would keep its entry for good.
                // Another waiter of the same article misses no arrival by this: it looks again within LOOK_AGAIN
                waiting.remove(articleId, arrival);
                return found;
            }
            try {
                arrival.get(Math.min(left, LOOK_AGAIN.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                waiting.remove(articleId, arrival);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                waiting.remove(articleId, arrival);
                return found;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
