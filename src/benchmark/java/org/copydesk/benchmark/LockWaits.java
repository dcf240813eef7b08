package org.copydesk.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.copydesk.it.CopydeskServer;

/**
 * How much of the server's database work waits for another transaction's row locks, sampled from PostgreSQL's
 * {@code pg_stat_activity} every 100 ms while a phase runs: the sessions of the server's database inside a
 * transaction, and those of them waiting for a lock. Work that takes turns behind one lock shows here even when
 * the CPU is busy with something else.
 */
final class LockWaits implements AutoCloseable {

    private static final long EVERY_MILLIS = 100;

    private final AtomicLong samples = new AtomicLong();
    private final AtomicLong inTransaction = new AtomicLong();
    private final AtomicLong waiting = new AtomicLong();
    private final Thread sampler;

    private LockWaits(CopydeskServer server) {
        sampler = new Thread(() -> {
            try (Connection db = server.openJdbc(); Statement statement = db.createStatement()) {
                while (!Thread.currentThread().isInterrupted()) {
                    try (ResultSet row = statement.executeQuery("select count(*) filter (where state = 'active'"
                            + " or state like 'idle in transaction%'), count(*) filter (where wait_event_type ="
                            + " 'Lock') from pg_stat_activity where datname = current_database()"
                            + " and pid <> pg_backend_pid()")) {
                        row.next();
                        inTransaction.addAndGet(row.getLong(1));
                        waiting.addAndGet(row.getLong(2));
                        samples.incrementAndGet();
                    }
                    Thread.sleep(EVERY_MILLIS);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "lock-waits");
        sampler.setDaemon(true);
    }

    /** Starts sampling when the server's database is PostgreSQL; elsewhere there is nothing to read. */
    static LockWaits during(CopydeskServer server) {
        LockWaits waits = new LockWaits(server);
        if (server.jdbcUrl().startsWith("jdbc:postgresql:")) {
            waits.sampler.start();
        }
        return waits;
    }

    /** "2.1 of 5.3 sessions in a transaction wait for a lock (40 %)", the means over the samples. */
    String summary() {
        long taken = Math.max(1, samples.get());
        double busy = (double) inTransaction.get() / taken;
        double blocked = (double) waiting.get() / taken;
        return String.format(Locale.ROOT, "%.1f of %.1f sessions in a transaction wait for a lock (%.0f %%)",
                blocked, busy, busy == 0 ? 0 : 100 * blocked / busy);
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        sampler.join();
    }
}
