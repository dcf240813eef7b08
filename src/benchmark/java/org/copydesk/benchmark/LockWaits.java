package org.copydesk.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    private Repeatedly sampler;

    /** Starts sampling when the server's database is PostgreSQL; elsewhere there is nothing to read. */
    static LockWaits during(CopydeskServer server) {
        LockWaits waits = new LockWaits();
        if (server.jdbcUrl().startsWith("jdbc:postgresql:")) {
            waits.sampler = Repeatedly.onDatabase(server, "lock-waits", EVERY_MILLIS, waits::sample);
        }
        return waits;
    }

    private void sample(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select count(*) filter (where state = 'active'"
                     + " or state like 'idle in transaction%'), count(*) filter (where wait_event_type ="
                     + " 'Lock') from pg_stat_activity where datname = current_database()"
                     + " and pid <> pg_backend_pid()")) {
            row.next();
            inTransaction.addAndGet(row.getLong(1));
            waiting.addAndGet(row.getLong(2));
            samples.incrementAndGet();
        }
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
        if (sampler != null) {
            sampler.close();
        }
    }
}
