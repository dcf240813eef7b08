package org.copydesk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.service.spi.Configurable;

/** Hibernate's side of {@link TransactionBoundConnections}: JPA uses the transaction's shared handle too. */
public class TransactionBoundConnectionProvider implements ConnectionProvider, Configurable {

    private DataSource dataSource;

    /** The container hands JPA its JTA data source with the persistence unit. */
    @Override
    public void configure(Map<String, Object> settings) {
        Object given = settings.get(AvailableSettings.JAKARTA_JTA_DATASOURCE);
        if (!(given instanceof DataSource container)) {
            throw new IllegalStateException("The persistence unit has no JTA data source: " + given);
        }
        dataSource = container;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return TransactionBoundConnections.of(dataSource);
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return true;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this) || DataSource.class.isAssignableFrom(type);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (DataSource.class.isAssignableFrom(type)) {
            return type.cast(dataSource);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + type);
    }
}
