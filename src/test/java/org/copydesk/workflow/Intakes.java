package org.copydesk.workflow;

import static org.copydesk.it.Rows.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.copydesk.it.CopydeskServer;

/** The intakes of the tests that run several nodes on one database, read from that database. */
final class Intakes {

    private static final String WAITING = "select count(*) from article where state = 'INGESTED'";

    private Intakes() {
    }

    /** Waits until no article waits for its intake; fails with the nodes' logs if some still do after the wait. */
    static void awaitEveryIntakeDone(Connection db, Duration within, CopydeskServer... nodes) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (count(db, WAITING) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertEquals(0, count(db, WAITING), "every intake finished within " + within + "\n"
                + Arrays.stream(nodes).map(CopydeskServer::logTail).collect(Collectors.joining("\n")));
    }

    /** How many intakes the audit trail says this node completed. */
    static int completedOnNode(Connection db, String node) throws SQLException {
        return count(db, "select count(*) from audit_entry where action = 'INTAKE_COMPLETED'"
                + " and detail like '%on node " + node + "'");
    }
}
