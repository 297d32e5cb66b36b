package org.masar.pipeline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.service.BeneficiaryFilter;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.db.Migrations;
import org.masar.site.domain.Scope;
import org.masar.testing.Jpa;
import org.masar.testing.Wiring;

/**
 * The exports' streamed queries on the embedded H2 (MySQL mode), the zero-install database: the
 * same SQL as on MariaDB, where {@code ExportBenchmark} checks them against plain JDBC at scale.
 */
class ExportsOnH2Test {

    private static Jpa jpa;
    private static Caller manager;

    @BeforeAll
    static void start() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:exports-h2;MODE=MySQL;DATABASE_TO_LOWER=TRUE;IGNORECASE=TRUE;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Migrations.migrate(h2);
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            for (int i = 1; i <= 3; i++) {
                s.execute("INSERT INTO beneficiary (code, first_name, last_name, sex, birth_date, nationality,"
                        + " residence_country, site_id, document_type, education_level, employment_status, disability,"
                        + " created_at, created_by, updated_at, version) SELECT 'H2-000" + i + "', 'Amira', 'Name" + i
                        + "', 'F', DATE '2000-01-0" + i + "', 'TN', 'TN', id, 'NONE', 'SECONDARY', 'STUDENT', " + (i == 2)
                        + ", NOW(), 'test', NOW(), 0 FROM site WHERE code = 'SFX'");
            }
            s.execute("INSERT INTO consent (beneficiary_id, purpose, given_on, recorded_by)"
                    + " SELECT id, 'PARTICIPATION', DATE '2025-01-01', 'test' FROM beneficiary");
            s.execute("INSERT INTO consent (beneficiary_id, purpose, given_on, recorded_by, withdrawn_on)"
                    + " SELECT id, 'PHOTOS', DATE '2025-01-01', 'test', DATE '2025-02-01' FROM beneficiary WHERE code = 'H2-0001'");
            s.execute("INSERT INTO consent (beneficiary_id, purpose, given_on, recorded_by)"
                    + " SELECT id, 'PHOTOS', DATE '2025-01-01', 'test' FROM beneficiary WHERE code = 'H2-0002'");
            s.execute("INSERT INTO beneficiary_group (beneficiary_id, grp) SELECT id, 'MIGRANT' FROM beneficiary WHERE code <> 'H2-0003'");
            s.execute("INSERT INTO beneficiary_group (beneficiary_id, grp) SELECT id, 'RETURNEE' FROM beneficiary WHERE code = 'H2-0002'");
        }
        jpa = new Jpa(h2);
        var sites = Wiring.sites(jpa);
        manager = new Caller(0, "manager", "manager", Set.of(Role.MANAGER),
                Scope.of(jpa.tx(() -> sites.byCodes(List.of("TN", "IT", "MA")))), "en");
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    @Test
    void thePeopleStreamWithTheirGroupsAndActiveConsentsOnce() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = jpa.tx(() -> Wiring.beneficiaryExport(jpa).write(BeneficiaryFilter.none(), manager, Locale.ENGLISH, out));
        assertEquals(3, rows);
        List<List<String>> cells = cells(out.toByteArray(), 0);
        assertEquals(4, cells.size());
        assertEquals(List.of("H2-0001", "Name1", "Amira"), cells.get(1).subList(0, 3));
        assertEquals(List.of("FALSE", "MIGRANT", "PARTICIPATION"), cells.get(1).subList(16, 19));
        assertEquals(List.of("TRUE", "MIGRANT, RETURNEE", "PARTICIPATION, PHOTOS"), cells.get(2).subList(16, 19));
        assertEquals(List.of("FALSE", "", "PARTICIPATION"), cells.get(3).subList(16, 19));
        assertEquals("2000-01-02", cells.get(2).get(5));
    }

    @Test
    void theEnrolmentQueriesRunToo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnrolmentFilter every = new EnrolmentFilter(null, null, null, null, null, null, null, null, false, null);
        assertEquals(0, (int) jpa.tx(() -> Wiring.enrolmentExport(jpa).write(every, manager, Locale.ENGLISH, out)));
        assertEquals(1, cells(out.toByteArray(), 0).size());
        assertEquals(1, cells(out.toByteArray(), 1).size());
    }

    private static List<List<String>> cells(byte[] file, int sheet) throws Exception {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            book.getSheetAt(sheet).forEach(row -> {
                List<String> values = new ArrayList<>();
                row.forEach(cell -> values.add(format.formatCellValue(cell)));
                rows.add(values);
            });
        }
        return rows;
    }
}
