package org.copydesk.triage.control;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
final class StandalonePersistence {

    private StandalonePersistence() {
    }

    static void migrate(String url, String user, String password) {
        migrate(url, user, password, MigrationVersion.LATEST);
    }

    /** With the placeholders DatabaseMigrations gives the database the URL names. */
    static void migrate(String url, String user, String password, MigrationVersion target) {
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

    static SessionFactory sessionFactory(String url, String user, String password) {
        Configuration configuration = new Configuration();
        persistenceUnitClasses().forEach(configuration::addAnnotatedClass);
        configuration.setProperty("jakarta.persistence.jdbc.url", url);
        configuration.setProperty("jakarta.persistence.jdbc.user", user);
        configuration.setProperty("jakarta.persistence.jdbc.password", password);
        configuration.setProperty("hibernate.connection.pool_size", "1");
        configuration.setProperty("hibernate.hbm2ddl.auto", "none");
        return configuration.buildSessionFactory();
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
