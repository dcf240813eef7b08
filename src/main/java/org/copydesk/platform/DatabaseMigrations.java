package org.copydesk.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings Copydesk's own tables up to date with Flyway before anything uses them (Flowable manages its own).
 * Large columns are named per database: H2 caps VARCHAR and VARBINARY at 1 MiB, so it gets CLOB and BLOB.
 */
@ApplicationScoped
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = CopydeskDataSource.JNDI_NAME)
    DataSource dataSource;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(largeColumnTypes())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
    }

    private Map<String, String> largeColumnTypes() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase().contains("h2")
                    ? Map.of("text_type", "clob", "binary_type", "blob")
                    : Map.of("text_type", "text", "binary_type", "bytea");
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
