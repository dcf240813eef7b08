package org.copydesk.it;

import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.w3c.dom.NodeList;

/**
 * The application's schema and persistence unit outside the server: its Flyway migrations, and a Hibernate session
 * factory with the entities of persistence.xml on a plain JDBC URL, with resource-local transactions.
 */
public final class StandalonePersistence {

    // held here: java.util.logging keeps loggers only weakly
    private static final Map<Logger, Level> QUIET = Map.of(Logger.getLogger("org.hibernate"), Level.WARNING,
            Logger.getLogger("org.flywaydb"), Level.WARNING,
            Logger.getLogger("org.hibernate.orm.connections.pooling"), Level.SEVERE);

    private StandalonePersistence() {
    }

    /** Keeps Hibernate's and Flyway's start-up chatter out of a benchmark's figures. */
    public static void quietLogging() {
        QUIET.forEach(Logger::setLevel);
    }

    /** The rows of a table, or -1 when the database or the table is not there yet. */
    public static long rowCount(String url, String user, String password, String table) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from " + table)) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    public static void migrate(String url, String user, String password) {
        migrate(url, user, password, MigrationVersion.LATEST);
    }

    /** With the placeholders DatabaseMigrations gives the database the URL names. */
    public static void migrate(String url, String user, String password, MigrationVersion target) {
        Map<String, String> largeColumnTypes = url.startsWith("jdbc:h2:")
                ? Map.of("text_type", "clob", "binary_type", "blob")
                : Map.of("text_type", "text", "binary_type", "bytea");
        Flyway.configure(StandalonePersistence.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(largeColumnTypes)
                .target(target)
                .load()
                .migrate();
    }

    /** Drops the database if it exists and creates it empty, through a connection to the server's admin URL. */
    public static void recreateDatabase(String adminUrl, String name, String user, String password)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
    }

    public static SessionFactory sessionFactory(String url, String user, String password) {
        return sessionFactory(url, user, password, configuration -> { });
    }

    /** With settings a benchmark adds to the common ones (batching, a statement inspector). */
    public static SessionFactory sessionFactory(String url, String user, String password,
                                                Consumer<Configuration> adjustments) {
        Configuration configuration = new Configuration();
        persistenceUnitClasses().forEach(configuration::addAnnotatedClass);
        configuration.setProperty("jakarta.persistence.jdbc.url", url);
        configuration.setProperty("jakarta.persistence.jdbc.user", user);
        configuration.setProperty("jakarta.persistence.jdbc.password", password);
        configuration.setProperty("hibernate.connection.pool_size", "1");
        configuration.setProperty("hibernate.hbm2ddl.auto", "none");
        adjustments.accept(configuration);
        return configuration.buildSessionFactory();
    }

    /** The baseline of the lookup benchmarks: one primary-key read, in a transaction of its own, rolled back. */
    public static long timedFind(EntityManager em, Class<?> type, Object id) {
        em.getTransaction().begin();
        try {
            long start = System.nanoTime();
            em.find(type, id);
            return System.nanoTime() - start;
        } finally {
            em.getTransaction().rollback();
            em.clear();
        }
    }

    /** The entity classes the application's persistence unit lists. */
    private static List<Class<?>> persistenceUnitClasses() {
        try (InputStream xml = StandalonePersistence.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList classes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml)
                    .getElementsByTagName("class");
            List<Class<?>> entities = new ArrayList<>();
            for (int i = 0; i < classes.getLength(); i++) {
                entities.add(Class.forName(classes.item(i).getTextContent().trim()));
            }
            return entities;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the persistence unit", e);
        }
    }
}
