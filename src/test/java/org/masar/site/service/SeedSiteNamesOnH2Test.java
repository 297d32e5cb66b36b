package org.masar.site.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.masar.shared.db.Migrations;
import org.masar.shared.domain.Names;

/**
 * V12 on the embedded H2 the run command uses: the seed sites come out named in the four
 * languages (SiteServiceIT checks the same on MariaDB).
 */
class SeedSiteNamesOnH2Test {

    @Test
    void everySeedSiteIsNamedInEachLanguage() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:site-names;MODE=MySQL;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Migrations.migrate(h2);
        Map<String, Names> names = new HashMap<>();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code, name, name_fr, name_ar, name_it FROM site")) {
            while (r.next()) {
                names.put(r.getString(1), new Names(r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
            }
        }
        SeedSiteNames.check(names);
    }
}
