package org.copydesk.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one data source that JPA, Flowable and the migrations share, so that an article's state, its audit
 * entries and the engine's rows commit in one JTA transaction. Defaults are inline because the
 * application's own configuration file is not visible when Payara creates the pool.
 */
@DataSourceDefinition(
        name = CopydeskDataSource.JNDI_NAME,
        className = "org.copydesk.platform.JdbcUrlDataSource",
        url = "${MPCONFIG=copydesk.db.url:jdbc:h2:file:./data/copydesk}",
        user = "${MPCONFIG=copydesk.db.user:sa}",
        password = "${MPCONFIG=copydesk.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32)
public final class CopydeskDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/copydesk";

    private CopydeskDataSource() {
    }
}
