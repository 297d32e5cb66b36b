package org.masar.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections kept open and handed out again, as the server's pool does, so that a benchmark
 * outside the server times queries and not connection set-up. A connection handed back is
 * rolled back to auto-commit and reused; nothing is ever closed until {@link #close()}.
 */
public final class PooledDataSource implements DataSource, AutoCloseable {

    private final DataSource target;
    private final String setUp;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();

    public PooledDataSource(DataSource target) {
        this(target, null);
    }

    /** With {@code setUp} run once on each new connection, such as a session's SQL mode. */
    public PooledDataSource(DataSource target, String setUp) {
        this.target = target;
        this.setUp = setUp;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical = idle.pollFirst();
        if (physical == null || physical.isClosed()) {
            physical = target.getConnection();
            if (setUp != null) {
                try (var statement = physical.createStatement()) {
                    statement.execute(setUp);
                }
            }
        }
        Connection real = physical;
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (!returned[0]) {
                                returned[0] = true;
                                if (!real.getAutoCommit()) {
                                    real.rollback();
                                    real.setAutoCommit(true);
                                }
                                idle.addFirst(real);
                            }
                            return null;
                        case "isClosed":
                            return returned[0] || real.isClosed();
                        case "unwrap":
                            return real.unwrap((Class<?>) args[0]);
                        default:
                            if (returned[0]) {
                                throw new SQLException("connection returned to the pool");
                            }
                            try {
                                return method.invoke(real, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public void close() throws SQLException {
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            c.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
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
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
