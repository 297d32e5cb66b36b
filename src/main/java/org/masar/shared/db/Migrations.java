package org.masar.shared.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The one way the schema changes: the versioned scripts of sql/migration, on H2 and MySQL alike,
 * and on MySQL (or MariaDB) those of sql/mysql too, for what only it can do (triggers).
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";
    public static final String MYSQL_LOCATION = "classpath:db/mysql";

    private Migrations() {
    }

    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, "latest");
    }

    /** Migrates up to {@code targetVersion} only ("latest" for all): tests that check how a script moves old data. */
    public static int migrate(DataSource dataSource, String targetVersion) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(isMySql(dataSource) ? new String[] {LOCATION, MYSQL_LOCATION} : new String[] {LOCATION})
                .failOnMissingLocations(true)
                .target(targetVersion)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /** MySQL, or MariaDB through MySQL Connector/J. */
    static boolean isMySql(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
            return product.contains("mysql") || product.contains("mariadb");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The database cannot be reached", e);
        }
    }
}
