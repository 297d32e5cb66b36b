package org.masar.shared.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Declares Masar's database and brings its schema up to date before anything else runs.
 * Without MASAR_DB_URL the embedded H2 file database under ./data is used (relative to the
 * directory the server was started from); H2 runs in MySQL mode so the same SQL serves both,
 * and ignores case in text comparisons as MySQL's default collation does.
 */
@DataSourceDefinition(
        name = DatabaseSetup.JNDI_NAME,
        className = "org.masar.shared.db.MasarDataSource",
        url = "${ENV=MASAR_DB_URL:jdbc:h2:file:./data/masar;MODE=MySQL;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;DB_CLOSE_ON_EXIT=FALSE}",
        user = "${ENV=MASAR_DB_USER:sa}",
        password = "${ENV=MASAR_DB_PASSWORD:}",
        minPoolSize = 2,
        maxPoolSize = 40)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSetup {

    public static final String JNDI_NAME = "java:app/jdbc/masar";
    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    @Resource(lookup = JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        int applied = Migrations.migrate(dataSource);
        LOG.info(() -> "Database schema up to date; migrations applied now: " + applied);
    }
}
