package org.copydesk.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.copydesk.it.CopydeskServer;

/** What the database alone can do: single-row inserts, each its own transaction, from several connections at once. */
public final class JdbcInsertBaseline {

    private JdbcInsertBaseline() {
    }

    /** Seconds the server's database takes for that many inserts from that many connections. */
    public static double seconds(CopydeskServer server, int rows, int connections) throws Exception {
        try (Connection connection = server.openJdbc(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists benchmark_baseline (id varchar(36) primary key,"
                    + " title varchar(1000), body varchar(4000), received_at timestamp)");
        }
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            open.add(server.openJdbc());
        }
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> each = new ArrayList<>();
            for (Connection connection : open) {
                each.add(pool.submit(() -> {
                    try (PreparedStatement insert = connection.prepareStatement(
                            "insert into benchmark_baseline values (?, ?, ?, current_timestamp)")) {
                        while (next.getAndIncrement() < rows) {
                            insert.setString(1, UUID.randomUUID().toString());
                            insert.setString(2, "Benchmark article");
                            insert.setString(3, "The council met on Monday and approved the budget for 2027.");
                            insert.executeUpdate();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> done : each) {
                done.get();
            }
            return Timings.secondsSince(start);
        } finally {
            pool.shutdownNow();
            for (Connection connection : open) {
                connection.close();
            }
        }
    }
}
