package org.copydesk.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings an admin changes at run time, kept in the database so that every node reads the same. Each node keeps
 * what it read for a few seconds only: a change reaches every node within that time, without a restart.
 */
@ApplicationScoped
public class StoredSettings {

    private static final Logger LOG = Logger.getLogger(StoredSettings.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "copydesk.settings.cache-seconds", defaultValue = "5")
    long cacheSeconds;

    @Resource
    ManagedExecutorService refresher;

    @Inject
    StoredSettings self; // through the container, so that the background read has a transaction of its own

    private volatile Snapshot snapshot;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** The stored value of a setting, if an admin set one; within the cache period, as this node last read it. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /**
     * Every stored setting. Once this node has read them, a request never waits for them again: when the copy is
     * older than the period, the request takes it as it is and a background task reads the table again.
     */
    public Map<String, String> all() {
        Snapshot current = snapshot;
        if (current == null || refresher == null || self == null) {
            if (current == null || current.isOlderThan(cacheSeconds)) {
                current = new Snapshot(read(), Instant.now());
                snapshot = current;
            }
        } else if (current.isOlderThan(cacheSeconds) && refreshing.compareAndSet(false, true)) {
            try {
                refresher.execute(self::refresh);
            } catch (RuntimeException rejected) {
                refreshing.set(false);
            }
        }
        return current.values();
    }

    /** Reads the table again, in the background; only {@link #all()} starts it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh() {
        try {
            snapshot = new Snapshot(read(), Instant.now());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Stored settings could not be read again; the last ones read stay in force: " + e);
        } finally {
            refreshing.set(false);
        }
    }

    private Map<String, String> read() {
        Map<String, String> values = new HashMap<>();
        for (Object result : em.createNativeQuery("select name, setting_value from desk_setting").getResultList()) {
            Object[] row = (Object[]) result;
            values.put((String) row[0], (String) row[1]);
        }
        return Map.copyOf(values);
    }

    /** Stores the setting in the caller's transaction; this node reads it at once, the others within the period. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(String name, String value, String changedBy) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int updated = em.createNativeQuery("update desk_setting set setting_value = ?1, changed_at = ?2,"
                        + " changed_by = ?3 where name = ?4")
                .setParameter(1, value).setParameter(2, now).setParameter(3, changedBy).setParameter(4, name)
                .executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into desk_setting (name, setting_value, changed_at, changed_by)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, name).setParameter(2, value).setParameter(3, now).setParameter(4, changedBy)
                    .executeUpdate();
        }
        snapshot = null;
    }

    private record Snapshot(Map<String, String> values, Instant readAt) {
        boolean isOlderThan(long seconds) {
            return readAt.plusSeconds(seconds).isBefore(Instant.now());
        }
    }
}
