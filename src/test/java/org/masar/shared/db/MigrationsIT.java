package org.masar.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.masar.testing.TestDatabase;

/**
 * The same migrations build the same schema on the embedded H2 (the zero-install default) and on
 * MariaDB standing in for MySQL: same tables, same columns.
 */
class MigrationsIT {

    @Test
    void h2AndMariaDbEndUpWithTheSameTablesAndColumns() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-it;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        int applied = Migrations.migrate(h2);
        assertTrue(applied >= 3, "all migrations run on H2");
        assertEquals(0, Migrations.migrate(h2), "a second start applies nothing");

        TestDatabase mariadb = TestDatabase.create("migrations");
        Map<String, TreeSet<String>> onH2 = columns(h2, "public");
        Map<String, TreeSet<String>> onMariaDb = columns(mariadb.dataSource(), mariadb.name());
        assertTrue(onH2.containsKey("programme"));
        assertEquals(onMariaDb, onH2);
        assertEquals(count(mariadb.dataSource(), "select count(*) from site"), count(h2, "select count(*) from site"));
    }

    private static Map<String, TreeSet<String>> columns(DataSource dataSource, String schema) throws SQLException {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, null, "%", "%")) {
            while (rs.next()) {
                String tableSchema = rs.getString("TABLE_SCHEM") != null ? rs.getString("TABLE_SCHEM") : rs.getString("TABLE_CAT");
                if (schema.equalsIgnoreCase(tableSchema)) {
                    tables.computeIfAbsent(rs.getString("TABLE_NAME").toLowerCase(), t -> new TreeSet<>())
                            .add(rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        tables.keySet().removeIf(name -> name.startsWith("flyway"));
        return tables;
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
