package org.masar.bench;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's SQL as it goes to the database, kept for the benchmark to EXPLAIN. With parameter
 * binding off (as Connector/J sends client-side prepared statements anyway) each line is the
 * statement with its values.
 */
public final class SqlCapture extends AbstractSessionLog {

    private static final List<String> STATEMENTS = new ArrayList<>();
    private static volatile boolean on;

    public static synchronized void start() {
        STATEMENTS.clear();
        on = true;
    }

    public static synchronized List<String> stop() {
        on = false;
        return List.copyOf(STATEMENTS);
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (on && SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage() != null) {
            synchronized (SqlCapture.class) {
                STATEMENTS.add(entry.getMessage());
            }
        } else if (entry.getLevel() >= SessionLog.WARNING && !SessionLog.METADATA.equals(entry.getNameSpace())) {
            System.err.println(entry.getMessage());
        }
    }
}
