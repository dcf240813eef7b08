package org.copydesk.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one data source that JPA, Flowable and the migrations share, so that an article's state, its audit
 * entries and the engine's rows commit in one JTA transaction. Defaults are inline because the
 * application's own configuration file is not visible when Payara creates the pool.
 * <p>
 * After a database outage the pool holds connections the server has closed: each is checked (JDBC 4
 * {@code isValid}, a round trip) before it is handed out unless it passed that check in the last two seconds (under
 * load a connection is handed out several times a second), and one broken connection makes the pool drop all of
 * them, so requests fail fast with 503 while the database is away and work again as soon as it is back. A caller
 * waits at most ten seconds for a connection instead of the default minute.
 */
@DataSourceDefinition(
        name = CopydeskDataSource.JNDI_NAME,
        className = "org.copydesk.platform.JdbcUrlDataSource",
        url = "${MPCONFIG=copydesk.db.url:jdbc:h2:file:./data/copydesk}",
        user = "${MPCONFIG=copydesk.db.user:sa}",
        password = "${MPCONFIG=copydesk.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000"
        })
public final class CopydeskDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/copydesk";

    private CopydeskDataSource() {
    }
}
