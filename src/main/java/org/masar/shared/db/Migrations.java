package org.masar.shared.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The one way the schema changes: the versioned scripts of sql/migration, on H2 and MySQL alike. */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    public static int migrate(DataSource dataSource) {
        return migrate(dataSource, "latest");
    }

    /** Migrates up to {@code targetVersion} only ("latest" for all): tests that check how a script moves old data. */
    public static int migrate(DataSource dataSource, String targetVersion) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .target(targetVersion)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
