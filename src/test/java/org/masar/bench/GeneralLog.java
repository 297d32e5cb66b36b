package org.masar.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The SQL statements a piece of work makes the server send, read from MariaDB's general log
 * (switched on for exactly that work), by their first word. With -Dbench.show=true each one is
 * printed. Everything but the counting connection is counted: nothing else should use the
 * database server meanwhile.
 */
final class GeneralLog {

    private GeneralLog() {
    }

    static Map<String, Integer> count(DataSource root, Runnable work) throws SQLException {
        try (Connection c = root.getConnection(); Statement s = c.createStatement()) {
            long me;
            try (ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
                rs.next();
                me = rs.getLong(1);
            }
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE TABLE mysql.general_log");
            s.execute("SET GLOBAL general_log = 'ON'");
            try {
                work.run();
            } finally {
                s.execute("SET GLOBAL general_log = 'OFF'");
            }
            Map<String, Integer> kinds = new TreeMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT argument FROM mysql.general_log"
                    + " WHERE thread_id <> ? AND command_type IN ('Query', 'Execute')")) {
                q.setLong(1, me);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String sql = rs.getString(1).trim();
                        if (Boolean.getBoolean("bench.show")) {
                            System.out.println("    " + sql);
                        }
                        kinds.merge(sql.split("\\s+", 2)[0].toUpperCase(Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
            return kinds;
        }
    }

    static int total(Map<String, Integer> kinds) {
        return kinds.values().stream().mapToInt(Integer::intValue).sum();
    }
}
