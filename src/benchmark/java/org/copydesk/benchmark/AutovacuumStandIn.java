package org.copydesk.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.copydesk.it.CopydeskServer;

/**
 * PostgreSQL keeps its planner's statistics with autovacuum, on by default. Where a benchmark's database has it
 * switched off, tables that grow from empty during the run keep the statistics of an empty table, and every
 * lookup by key scans them whole: the figures would measure that setting, not Copydesk. This stands in for it,
 * analysing the database every ten seconds, and says so.
 */
final class AutovacuumStandIn implements AutoCloseable {

    private static final long EVERY_MILLIS = 10_000;

    private final Repeatedly analyser;

    private AutovacuumStandIn(Repeatedly analyser) {
        this.analyser = analyser;
    }

    /** Starts analysing when the server's database is PostgreSQL with autovacuum off; otherwise does nothing. */
    static AutovacuumStandIn on(CopydeskServer server) throws Exception {
        if (!server.jdbcUrl().startsWith("jdbc:postgresql:") || autovacuumOn(server)) {
            return new AutovacuumStandIn(null);
        }
        System.out.println("PostgreSQL's autovacuum is off for this database: the benchmark analyses its tables"
                + " every 10 s, as autovacuum would");
        Repeatedly analyser = Repeatedly.onDatabase(server, "autovacuum-stand-in", EVERY_MILLIS, db -> {
            try (Statement analyse = db.createStatement()) {
                analyse.execute("analyze");
            }
        });
        return new AutovacuumStandIn(analyser);
    }

    private static boolean autovacuumOn(CopydeskServer server) throws Exception {
        try (Connection db = server.openJdbc(); Statement show = db.createStatement();
             ResultSet setting = show.executeQuery("show autovacuum")) {
            return setting.next() && "on".equalsIgnoreCase(setting.getString(1));
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (analyser != null) {
            analyser.close();
        }
    }
}
