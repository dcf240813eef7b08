package org.copydesk.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a bulk load's batches with PostgreSQL COPY on a thread of its own, each batch committed, while the caller
 * generates the next one.
 */
public final class BatchWriter implements AutoCloseable {

    /** What one batch writes. */
    public interface Batch {
        void writeTo(CopyManager copy) throws Exception;
    }

    private final Connection connection;
    private final CopyManager copy;
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private Future<?> writing;

    public BatchWriter(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        connection.setAutoCommit(false);
    }

    /** Waits until the previous batch is written, then writes this one in the background. */
    public void write(Batch batch) throws Exception {
        awaitWritten();
        writing = writer.submit(() -> {
            batch.writeTo(copy);
            connection.commit();
            return null;
        });
    }

    /** Waits until every batch so far is written and committed. */
    public void awaitWritten() throws Exception {
        if (writing != null) {
            writing.get();
            writing = null;
        }
    }

    @Override
    public void close() throws Exception {
        try {
            awaitWritten();
        } finally {
            writer.shutdown();
        }
    }
}
