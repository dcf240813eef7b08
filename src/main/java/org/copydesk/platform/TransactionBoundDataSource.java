package org.copydesk.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** The container data source, handing out each transaction's one shared handle (see {@link TransactionBoundConnections}). */
public final class TransactionBoundDataSource implements DataSource {

    private final DataSource container;

    public TransactionBoundDataSource(DataSource container) {
        this.container = container;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return TransactionBoundConnections.of(container);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool's own credentials are used");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return container.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        container.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        container.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return container.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return container.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : container.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || container.isWrapperFor(type);
    }
}
