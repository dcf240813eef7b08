package org.copydesk.publish.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.publish.entity.Channel;
import org.copydesk.publish.entity.OutboxWritten;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works off the outbox on this node: leases due deliveries, delivers them in parallel on container threads, and
 * records each outcome. It looks at once when a publishing transaction commits here, and every poll interval for
 * what other nodes wrote or what falls due for a retry.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService workers;

    @Inject
    Outbox outbox;

    @Inject
    Deliveries deliveries;

    @Inject
    WebhookSender sender;

    @Inject
    @ConfigProperty(name = "copydesk.publish.dispatcher", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "copydesk.publish.poll-millis", defaultValue = "500")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "copydesk.publish.lease-seconds", defaultValue = "30")
    int leaseSeconds;

    @Inject
    @ConfigProperty(name = "copydesk.publish.parallel", defaultValue = "8")
    int parallel;

    private final String node = UUID.randomUUID().toString();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean askedAgain = new AtomicBoolean();
    private volatile boolean started;

    public void start() {
        if (!enabled || started) {
            return;
        }
        started = true;
        scheduler.scheduleWithFixedDelay(this::drain, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Delivery dispatcher started on node " + node);
    }

    void written(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten event) {
        if (!started) {
            return;
        }
        if (draining.get()) {
            // the running drain looks once more; a task handed to the container costs a context capture
            askedAgain.set(true);
        } else {
            scheduler.execute(this::drain);
        }
    }

    /** One drain at a time per node; a nudge during a drain makes it look once more before it stops. */
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            askedAgain.set(true);
            return;
        }
        try {
            boolean more = true;
            while (more) {
                askedAgain.set(false);
                List<UUID> leased = outbox.lease(node, parallel * 4, Duration.ofSeconds(leaseSeconds));
                deliverAll(leased);
                more = !leased.isEmpty() || askedAgain.get();
            }
        } catch (RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(Level.WARNING, "Delivery round failed; the next poll tries again", e);
        } finally {
            draining.set(false);
        }
    }

    private void deliverAll(List<UUID> leased) throws InterruptedException {
        if (leased.size() == 1) {
            deliver(leased.get(0));
            return;
        }
        List<Callable<Void>> work = new ArrayList<>();
        for (UUID id : leased) {
            work.add(() -> {
                deliver(id);
                return null;
            });
        }
        for (int from = 0; from < work.size(); from += parallel) {
            workers.invokeAll(work.subList(from, Math.min(work.size(), from + parallel)));
        }
    }

    private void deliver(UUID id) {
        try {
            deliveries.parcel(id, node).ifPresent(parcel -> {
                if (parcel.channel() == Channel.WEBHOOK) {
                    // a crash after the send and before the record re-sends this later with the same webhook-id
                    deliveries.record(id, sender.send(parcel.url(), parcel.secret(), id, parcel.payload()));
                } else {
                    deliveries.deliverToChannel(id);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery " + id + " failed", e);
            try {
                deliveries.record(id, new WebhookSender.Outcome(false, null, e.getClass().getSimpleName() + ": "
                        + e.getMessage(), 0));
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Could not record the failure of delivery " + id, again);
            }
        }
    }
}
