package org.masar.shared.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source Payara pools. It picks the vendor's own DataSource from the URL, so that a
 * person switches from the embedded H2 to MySQL by setting {@code MASAR_DB_URL} alone, without
 * also naming a driver class.
 */
public class MasarDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private DataSource target;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = unresolvedAsEmpty(url);
        target = null;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = unresolvedAsEmpty(user);
        target = null;
    }

    public void setPassword(String password) {
        this.password = unresolvedAsEmpty(password);
        target = null;
    }

    /** An environment placeholder with an empty default may reach us unresolved. */
    private static String unresolvedAsEmpty(String value) {
        return value == null || value.startsWith("${") ? "" : value;
    }

    private synchronized DataSource target() throws SQLException {
        if (target == null) {
            target = create(url, user, password);
        }
        return target;
    }

    /** Builds the vendor data source for a JDBC URL; shared with the tests and tools. */
    public static DataSource create(String url, String user, String password) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL configured (MASAR_DB_URL)");
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            var mysql = new com.mysql.cj.jdbc.MysqlDataSource();
            mysql.setURL(url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:"));
            mysql.setUser(user);
            mysql.setPassword(password);
            if (!url.contains("cachePrepStmts")) {
                // Connector/J parses every statement it prepares, and EclipseLink prepares each one
                // anew: with 15–20 statements a move that parsing was a quarter of a move's CPU.
                // Each connection keeps what it parsed (the longest of Masar's statements are
                // 3–4 kB), unless the URL says otherwise.
                mysql.setCachePrepStmts(true);
                mysql.setPrepStmtCacheSize(250);
                mysql.setPrepStmtCacheSqlLimit(8192);
            }
            return mysql;
        }
        if (url.startsWith("jdbc:h2:")) {
            var h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        throw new SQLException("Unsupported database URL; use jdbc:mysql: or jdbc:h2:");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return target().getConnection(username, pass);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Payara logs pool events itself.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The vendor defaults apply.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
