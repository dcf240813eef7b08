package org.copydesk.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads under the API, for tests that check what the database holds. */
public final class Rows {

    private Rows() {
    }

    /** The number the query answers with, such as a {@code count(*)}. */
    public static int count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
