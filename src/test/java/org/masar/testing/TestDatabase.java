package org.masar.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.masar.shared.db.MasarDataSource;
import org.masar.shared.db.Migrations;

/**
 * A fresh MariaDB/MySQL database for one test run, migrated with the production scripts and
 * dropped when the JVM exits (kept with -Dmasar.keepDatabase=true, to look into a benchmark's data).
 * Server from -Dmasar.it.mysql (default 127.0.0.1:3306, root, no password).
 */
public final class TestDatabase {

    private static final String SERVER = System.getProperty("masar.it.mysql", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = System.getProperty("masar.it.mysql.user", "root");
    private static final String PASSWORD = System.getProperty("masar.it.mysql.password", "");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private final DataSource dataSource;

    private TestDatabase(String name) throws SQLException {
        this(name, true);
    }

    private TestDatabase(String name, boolean create) throws SQLException {
        this.name = name;
        if (create) {
            execute(server(), "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        if (create && !Boolean.getBoolean("masar.keepDatabase")) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::drop));
        }
        this.dataSource = MasarDataSource.create(url(), USER, PASSWORD);
    }

    /** A database made earlier (kept with -Dmasar.keepDatabase=true), as it is. */
    public static TestDatabase existing(String name) {
        try {
            return new TestDatabase(name, false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new, migrated database whose name starts with {@code purpose}. */
    public static TestDatabase create(String purpose) {
        try {
            String name = "masar_it_" + purpose + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            TestDatabase db = new TestDatabase(name);
            Migrations.migrate(db.dataSource);
            return db;
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL is needed for integration tests at " + SERVER, e);
        }
    }

    /** A new database without a schema, for tests that migrate it step by step. */
    public static TestDatabase empty(String purpose) {
        try {
            return new TestDatabase("masar_it_" + purpose + "_" + ProcessHandle.current().pid() + "_"
                    + COUNTER.incrementAndGet());
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL is needed for integration tests at " + SERVER, e);
        }
    }

    public String url() {
        return SERVER + name + "?useUnicode=true&characterEncoding=UTF-8&allowPublicKeyRetrieval=true&useSSL=false";
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private static DataSource server() throws SQLException {
        return MasarDataSource.create(SERVER + "?allowPublicKeyRetrieval=true&useSSL=false", USER, PASSWORD);
    }

    private static void execute(DataSource on, String sql) throws SQLException {
        try (Connection connection = on.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void drop() {
        try {
            execute(server(), "DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
