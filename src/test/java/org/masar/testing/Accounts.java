package org.masar.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.masar.security.domain.Role;

/**
 * Accounts a test needs and the demo does not have (a manager of one region only), written into
 * the test server's database with the demo password, as an administrator would create them.
 */
public final class Accounts {

    public static final String PASSWORD = "masar-demo";

    private Accounts() {
    }

    /** A new active account with one role at the given sites, signing in with {@link #PASSWORD}. */
    public static String create(MasarServer server, String username, Role role, String... siteCodes) {
        try (Connection c = server.database().dataSource().getConnection()) {
            String hash;
            try (PreparedStatement q = c.prepareStatement("SELECT password_hash FROM app_user WHERE username = 'sfax'");
                 ResultSet r = q.executeQuery()) {
                r.next();
                hash = r.getString(1);
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO app_user (username, full_name, password_hash,"
                    + " active, locale, created_at, version) VALUES (?, ?, ?, TRUE, 'en', ?, 0)")) {
                insert.setString(1, username);
                insert.setString(2, "Test " + username);
                insert.setString(3, hash);
                insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
                insert.executeUpdate();
            }
            try (PreparedStatement role1 = c.prepareStatement("INSERT INTO user_role (user_id, role)"
                    + " SELECT id, ? FROM app_user WHERE username = ?")) {
                role1.setString(1, role.name());
                role1.setString(2, username);
                role1.executeUpdate();
            }
            for (String site : siteCodes) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO user_site (user_id, site_id)"
                        + " SELECT u.id, s.id FROM app_user u, site s WHERE u.username = ? AND s.code = ?")) {
                    s.setString(1, username);
                    s.setString(2, site);
                    if (s.executeUpdate() != 1) {
                        throw new IllegalArgumentException("no site " + site);
                    }
                }
            }
            return username;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
