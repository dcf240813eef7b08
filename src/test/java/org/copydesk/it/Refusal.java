package org.copydesk.it;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A check constraint added under the running server for the duration of one test, to make a write fail. */
public final class Refusal implements AutoCloseable {

    private final CopydeskServer server;
    private final String table;
    private final String name;

    public Refusal(CopydeskServer server, String table, String condition) throws SQLException {
        this.server = server;
        this.table = table;
        this.name = "it_refuse_" + table;
        execute("alter table " + table + " add constraint " + name + " check (" + condition + ")");
    }

    @Override
    public void close() throws SQLException {
        execute("alter table " + table + " drop constraint " + name);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = server.openJdbc(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
