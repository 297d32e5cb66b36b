package org.masar.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.masar.testing.TestDatabase;

/**
 * The same migrations build the same schema on the embedded H2 (the zero-install default) and on
 * MariaDB standing in for MySQL: same tables, same columns. Scripts that move old data are
 * checked on data written as the previous version wrote it.
 */
class MigrationsIT {

    @Test
    void h2AndMariaDbEndUpWithTheSameTablesAndColumns() throws SQLException, IOException {
        long scripts;
        try (Stream<Path> files = Files.list(Path.of("sql/migration"))) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__\\w+\\.sql")).count();
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-it;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        assertEquals(scripts, Migrations.migrate(h2), "every script of sql/migration runs on H2, once");
        assertEquals(0, Migrations.migrate(h2), "a second start applies nothing");

        long mysqlOnly;
        try (Stream<Path> files = Files.list(Path.of("sql/mysql"))) {
            mysqlOnly = files.filter(f -> f.getFileName().toString().matches("V[\\d_]+__\\w+\\.sql")).count();
        }
        TestDatabase mariadb = TestDatabase.empty("migrations");
        assertEquals(scripts + mysqlOnly, Migrations.migrate(mariadb.dataSource()), "and on MariaDB, with those of sql/mysql");
        Map<String, TreeSet<String>> onH2 = columns(h2, "public");
        Map<String, TreeSet<String>> onMariaDb = columns(mariadb.dataSource(), mariadb.name());
        assertTrue(onH2.containsKey("programme"));
        assertEquals(onMariaDb, onH2);
        assertEquals(count(mariadb.dataSource(), "select count(*) from site"), count(h2, "select count(*) from site"));
    }

    /** V7: the trail is append-only on MySQL and MariaDB, whoever asks; adding to it works. */
    @Test
    void theDatabaseRefusesToChangeOrRemoveAnAuditEntry() throws SQLException {
        DataSource db = TestDatabase.create("append").dataSource();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO audit_entry (at, username, channel, action, subject) VALUES"
                    + " ('2026-12-01 10:00:00', 'sfax', 'PAGE', 'READ', 'person TN-SFX-000001')");
            SQLException update = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.execute("UPDATE audit_entry SET username = 'nobody'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.execute("DELETE FROM audit_entry"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            assertEquals(List.of("sfax"), strings(db, "SELECT username FROM audit_entry"));
        }
    }

    /** V6: moves written before it kept criteria as English names; afterwards they are known by id, on both databases. */
    @Test
    void criteriaOfEarlierMovesAreKnownByIdentityAfterV6() throws SQLException {
        criteriaByIdentity(TestDatabase.empty("v6").dataSource());
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-v6;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        criteriaByIdentity(h2);
    }

    private static void criteriaByIdentity(DataSource db) throws SQLException {
        Migrations.migrate(db, "5");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO partner (name, type, country_code) VALUES ('Lead', 'NGO', 'IT')");
            s.execute("INSERT INTO programme (code, name, lead_partner_id, currency) SELECT 'P', 'P', id, 'EUR' FROM partner");
            s.execute("INSERT INTO pipeline (programme_id, type) SELECT id, 'TRAINING' FROM programme");
            s.execute("INSERT INTO stage (pipeline_id, code, position, name_en) SELECT id, 'registered', 1, 'Registered' FROM pipeline");
            s.execute("INSERT INTO stage (pipeline_id, code, position, name_en) SELECT id, 'certified', 2, 'Certified' FROM pipeline");
            for (String criterion : List.of("Attendance of 80% or more", "Assessment passed", "Interview held")) {
                s.execute("INSERT INTO stage_criterion (stage_id, position, name_en, name_fr) SELECT id, 1, '" + criterion
                        + "', 'fr: " + criterion + "' FROM stage WHERE code = 'certified'");
            }
            s.execute("INSERT INTO beneficiary (code, first_name, last_name, sex, birth_date, nationality, residence_country,"
                    + " site_id, document_type, education_level, employment_status, created_at, created_by, updated_at)"
                    + " SELECT 'TN-SFX-000001', 'Amel', 'Zouari', 'F', DATE '1999-03-04', 'TN', 'TN', id, 'NONE', 'SECONDARY',"
                    + " 'UNEMPLOYED', '2024-01-01', 'sfax', '2024-01-01' FROM site WHERE code = 'SFX-M'");
            s.execute("INSERT INTO enrolment (beneficiary_id, pipeline_id, start_date, status, current_stage_id, stage_since,"
                    + " created_at) SELECT b.id, p.id, '2024-01-02', 'COMPLETED', st.id, '2024-03-01', '2024-01-02'"
                    + " FROM beneficiary b, pipeline p, stage st WHERE st.code = 'certified'");
            // One move ticked two of the three criteria; another ticked one and a manager overrode the rest.
            s.execute("INSERT INTO stage_transition (enrolment_id, action, to_stage_id, status_after, at, by_user, criteria)"
                    + " SELECT e.id, 'COMPLETE', st.id, 'COMPLETED', '2024-03-01', 'sfax',"
                    + " 'Attendance of 80% or more; Assessment passed' FROM enrolment e, stage st WHERE st.code = 'certified'");
            s.execute("INSERT INTO stage_transition (enrolment_id, action, to_stage_id, status_after, at, by_user, criteria,"
                    + " override_reason) SELECT e.id, 'ADVANCE', st.id, 'COMPLETED', '2024-03-02', 'manager',"
                    + " 'Interview held', 'Committee decided [by phone]; see minutes [Attendance of 80% or more; Assessment passed]'"
                    + " FROM enrolment e, stage st WHERE st.code = 'certified'");
        }
        Migrations.migrate(db);
        assertEquals(List.of(
                        "1 Assessment passed TICKED", "1 Attendance of 80% or more TICKED",
                        "2 Assessment passed OVERRIDDEN", "2 Attendance of 80% or more OVERRIDDEN", "2 Interview held TICKED"),
                strings(db, "SELECT CONCAT(t.transition_id - (SELECT MIN(id) FROM stage_transition) + 1, ' ',"
                        + " c.name_en, ' ', t.outcome) FROM stage_transition_criterion t"
                        + " JOIN stage_criterion c ON c.id = t.criterion_id ORDER BY 1"));
        assertEquals(List.of("Committee decided [by phone]; see minutes"),
                strings(db, "SELECT override_reason FROM stage_transition WHERE override_reason IS NOT NULL"),
                "the reason as the manager wrote it, without the list the criteria rows now hold");
    }

    /** V23: the INTERNSHIP pipelines already there have their documents' criteria bound to evidence, on both databases. */
    @Test
    void internshipCriteriaAreBoundToTheDocumentsAfterV23() throws SQLException {
        internshipGating(TestDatabase.empty("v23").dataSource());
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-v23;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        internshipGating(h2);
    }

    private static void internshipGating(DataSource db) throws SQLException {
        Migrations.migrate(db, "22");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO partner (name, type, country_code) VALUES ('Lead', 'NGO', 'IT')");
            s.execute("INSERT INTO programme (code, name, lead_partner_id, currency) SELECT 'M2', 'MENTOR 2', id, 'EUR' FROM partner");
            for (String type : List.of("INTERNSHIP", "TRAINING")) {
                s.execute("INSERT INTO pipeline (programme_id, type) SELECT id, '" + type + "' FROM programme");
                int position = 0;
                for (String stage : List.of("matched", "placed", "completed")) {
                    s.execute("INSERT INTO stage (pipeline_id, code, position, name_en) SELECT id, '" + stage + "', "
                            + (++position) + ", '" + stage + "' FROM pipeline WHERE type = '" + type + "'");
                }
            }
            String[][] criteria = {{"matched", "Host company agreed"}, {"placed", "Learning agreement signed"},
                    {"placed", "Visa obtained"}, {"completed", "Tutor evaluation received"}, {"completed", "Work confirmed"}};
            for (String[] criterion : criteria) {
                s.execute("INSERT INTO stage_criterion (stage_id, position, name_en) SELECT st.id, 1, '" + criterion[1]
                        + "' FROM stage st JOIN pipeline p ON p.id = st.pipeline_id WHERE st.code = '" + criterion[0] + "'");
            }
        }
        Migrations.migrate(db);
        assertEquals(List.of(
                        "INTERNSHIP completed Certificate of completion received internship-certificate",
                        "INTERNSHIP completed Letter of arrival received internship-arrival",
                        "INTERNSHIP completed Tutor evaluation received internship-evaluation",
                        "INTERNSHIP completed Work confirmed -",
                        "INTERNSHIP matched Host company agreed internship-host",
                        "INTERNSHIP placed Insurance covers the dates internship-insurance",
                        "INTERNSHIP placed Learning agreement signed internship-agreement",
                        "INTERNSHIP placed Visa obtained internship-visa",
                        "TRAINING completed Tutor evaluation received -", "TRAINING completed Work confirmed -",
                        "TRAINING matched Host company agreed -", "TRAINING placed Learning agreement signed -",
                        "TRAINING placed Visa obtained -"),
                strings(db, "SELECT CONCAT(p.type, ' ', st.code, ' ', c.name_en, ' ', COALESCE(c.evidence_source, '-'))"
                        + " FROM stage_criterion c JOIN stage st ON st.id = c.stage_id JOIN pipeline p ON p.id = st.pipeline_id"
                        + " ORDER BY 1"), "only INTERNSHIP pipelines, only the documents' criteria");
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

    private static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        List<String> found = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }
}
