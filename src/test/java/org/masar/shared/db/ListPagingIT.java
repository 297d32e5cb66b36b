package org.masar.shared.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.bench.MillionPeople;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.service.BeneficiaryFilter;
import org.masar.beneficiary.service.BeneficiaryQueries;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.service.EnrolmentFilter;
import org.masar.pipeline.service.EnrolmentQueries;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * Large lists on MariaDB: counts capped at 1,000 and said so, and pages by cursor that give,
 * page after page, exactly the rows the whole ordered list holds — the same as pages by offset.
 * 3,000 people, 1,000 enrolments, generated as the benchmarks do.
 */
class ListPagingIT {

    private static TestDatabase db;
    private static Jpa jpa;
    private static BeneficiaryQueries people;
    private static EnrolmentQueries enrolments;
    private static Caller manager;
    private static Caller sfax;

    @BeforeAll
    static void generate() throws SQLException {
        db = TestDatabase.create("paging");
        jpa = new Jpa(db);
        MillionPeople.people(db, 3000);
        MillionPeople.enrolments(db, jpa, 1000);
        var sites = Wiring.sites(jpa);
        manager = new Caller(0, "manager", "manager", Set.of(Role.MANAGER),
                Scope.of(jpa.tx(() -> sites.byCodes(List.of("TN", "IT", "MA")))), "en");
        sfax = new Caller(single("SELECT id FROM app_user WHERE username = 'sfax'"), "sfax", "sfax",
                Set.of(Role.CASE_WORKER), Scope.of(jpa.tx(() -> sites.byCodes(List.of("SFX")))), "en");
        people = Wiring.beneficiaryQueries(jpa);
        enrolments = Wiring.enrolmentQueries(jpa);
    }

    @AfterAll
    static void close() {
        jpa.close();
    }

    @Test
    void aListOverAThousandIsCountedAsMoreThanAThousand() {
        Page<Beneficiary> page = jpa.tx(() -> people.page(BeneficiaryFilter.none(), PageRequest.firstPage(25), manager));
        assertEquals(Page.COUNT_CAP, page.total());
        assertTrue(page.totalCapped());
        Page<Beneficiary> migrants = jpa.tx(() -> people.page(new BeneficiaryFilter(null, null, null, null, null,
                BeneficiaryGroup.MIGRANT, null), PageRequest.firstPage(25), manager));
        assertEquals(300, migrants.total());
        assertFalse(migrants.totalCapped());
    }

    @Test
    void cursorPagesWalkTheWholeRegistryInItsOrder() throws SQLException {
        List<Long> expected = ids("SELECT id FROM beneficiary WHERE merged_into_id IS NULL ORDER BY last_name, first_name, id");
        assertEquals(expected, walk(cursor -> jpa.tx(() -> people.page(BeneficiaryFilter.none(),
                new PageRequest(0, 70, null, true, null).seekingAfter(cursor), manager)), Beneficiary::getId));
        List<Long> byCodeDown = ids("SELECT id FROM beneficiary WHERE merged_into_id IS NULL ORDER BY code DESC, id");
        assertEquals(byCodeDown, walk(cursor -> jpa.tx(() -> people.page(BeneficiaryFilter.none(),
                new PageRequest(0, 70, "code", false, null).seekingAfter(cursor), manager)), Beneficiary::getId));
        List<Long> photos = ids("SELECT b.id FROM beneficiary b WHERE b.site_id IN (SELECT id FROM site WHERE path LIKE '/TN/SFX/%')"
                + " AND b.id MOD 3 = 0 ORDER BY last_name, first_name, id");
        assertEquals(photos, walk(cursor -> jpa.tx(() -> people.page(new BeneficiaryFilter(null, null, null, null, null, null,
                ConsentPurpose.PHOTOS), new PageRequest(0, 40, null, true, null).seekingAfter(cursor), sfax)), Beneficiary::getId));
    }

    /**
     * A name search walks the words that start as typed, each in the list's order, or — past
     * sixteen such words — sorts them all: either way, page after page by cursor and by offset,
     * the list the registry's own order gives, in scope, without those who withdrew for a case worker.
     */
    @Test
    void nameSearchPagesAreTheNamedPeopleInTheRegistrysOrder() throws SQLException {
        String inSfax = "b.site_id IN (SELECT id FROM site WHERE path LIKE '/TN/SFX/%') AND b.taking_part";
        String named = " AND EXISTS (SELECT 1 FROM beneficiary_name_token t WHERE t.beneficiary_id = b.id AND t.token LIKE ";
        List<Long> benS = ids("SELECT b.id FROM beneficiary b WHERE " + inSfax + named + "'ben%')" + named + "'s%')"
                + " ORDER BY last_name, first_name, id");
        assertTrue(benS.size() > 60, "a list of several pages: " + benS.size());
        BeneficiaryFilter typed = new BeneficiaryFilter(null, "Ben S", null, null, null, null, null);
        assertEquals(benS, walk(cursor -> jpa.tx(() -> people.page(typed, new PageRequest(0, 15, null, true, null)
                .seekingAfter(cursor), sfax)), Beneficiary::getId));
        Page<Beneficiary> third = jpa.tx(() -> people.page(typed, new PageRequest(45, 15, null, true, null), sfax));
        assertEquals(benS.subList(45, 60), third.rows().stream().map(Beneficiary::getId).toList());

        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO beneficiary (code, first_name, last_name, sex, birth_date, nationality, residence_country,"
                    + " site_id, document_type, education_level, employment_status, disability, created_at, created_by, updated_at,"
                    + " version, taking_part) SELECT CONCAT('ZL-', seq), 'Amal', CONCAT('Zlead', CHAR(64 + seq MOD 20 + 1)), 'F',"
                    + " '1990-01-01', 'TN', 'TN', (SELECT id FROM site WHERE code = 'SFX'), 'NONE', 'SECONDARY', 'UNEMPLOYED',"
                    + " FALSE, NOW(), 'test', NOW(), 0, TRUE FROM seq_1_to_60");
            s.execute("INSERT INTO beneficiary_name_token (beneficiary_id, token, site_id, taking_part, last_name, first_name)"
                    + " SELECT id, LOWER(last_name), site_id, taking_part, last_name, first_name FROM beneficiary WHERE code LIKE 'ZL-%'");
        }
        List<Long> zlead = ids("SELECT id FROM beneficiary WHERE code LIKE 'ZL-%' ORDER BY last_name, first_name, id");
        assertEquals(zlead, walk(cursor -> jpa.tx(() -> people.page(new BeneficiaryFilter(null, "zlea", null, null, null, null, null),
                new PageRequest(0, 7, null, true, null).seekingAfter(cursor), manager)), Beneficiary::getId), "twenty words, one sort");
    }

    @Test
    void aPageByOffsetIsThePageByCursorAtTheSameDepth() {
        Page<Beneficiary> tenth = jpa.tx(() -> people.page(BeneficiaryFilter.none(), new PageRequest(900, 100, null, true, null), manager));
        Page<Beneficiary> ninth = jpa.tx(() -> people.page(BeneficiaryFilter.none(), new PageRequest(800, 100, null, true, null), manager));
        Page<Beneficiary> sought = jpa.tx(() -> people.page(BeneficiaryFilter.none(),
                new PageRequest(0, 100, null, true, null).seekingAfter(ninth.next()), manager));
        assertEquals(tenth.rows().stream().map(Beneficiary::getId).toList(), sought.rows().stream().map(Beneficiary::getId).toList());
    }

    @Test
    void enrolmentsWalkInThePeoplesOrderByCursor() throws SQLException {
        String sfaxPeople = "b.site_id IN (SELECT id FROM site WHERE path LIKE '/TN/SFX/%')";
        List<Long> all = ids("SELECT e.id FROM enrolment e JOIN beneficiary b ON b.id = e.beneficiary_id"
                + " ORDER BY b.last_name, b.first_name, b.id, e.id");
        EnrolmentFilter none = new EnrolmentFilter(null, null, null, null, null, null, null, null, false, null);
        assertEquals(all, walk(cursor -> jpa.tx(() -> enrolments.page(none,
                new PageRequest(0, 30, null, true, null).seekingAfter(cursor), manager)), Enrolment::getId));
        List<Long> theirs = ids("SELECT e.id FROM enrolment e JOIN beneficiary b ON b.id = e.beneficiary_id WHERE " + sfaxPeople
                + " ORDER BY b.last_name, b.first_name, b.id, e.id");
        assertEquals(theirs, walk(cursor -> jpa.tx(() -> enrolments.page(none,
                new PageRequest(0, 30, null, true, null).seekingAfter(cursor), sfax)), Enrolment::getId));
        List<Long> waiting = ids("SELECT e.id FROM enrolment e JOIN beneficiary b ON b.id = e.beneficiary_id WHERE " + sfaxPeople
                + " AND e.status = 'ACTIVE' ORDER BY e.stage_since DESC, e.id");
        assertEquals(waiting, walk(cursor -> jpa.tx(() -> enrolments.page(none.withStage(null, EnrolmentStatus.ACTIVE),
                new PageRequest(0, 30, "stageSince", false, null).seekingAfter(cursor), sfax)), Enrolment::getId));
    }

    @Test
    void aByPersonPageByOffsetMatchesTheCursorOne() {
        EnrolmentFilter none = new EnrolmentFilter(null, null, null, null, null, null, null, null, false, null);
        Page<Enrolment> first = jpa.tx(() -> enrolments.page(none, new PageRequest(0, 50, null, true, null), manager));
        Page<Enrolment> second = jpa.tx(() -> enrolments.page(none, new PageRequest(50, 50, null, true, null), manager));
        Page<Enrolment> sought = jpa.tx(() -> enrolments.page(none,
                new PageRequest(0, 50, null, true, null).seekingAfter(first.next()), manager));
        assertEquals(second.rows().stream().map(Enrolment::getId).toList(), sought.rows().stream().map(Enrolment::getId).toList());
    }

    /** Every page from the first, each asked for after the last's cursor, until one comes without. */
    private static <T> List<Long> walk(Function<String, Page<T>> pages, Function<T, Long> id) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        for (int guard = 0; guard < 1000; guard++) {
            Page<T> page = pages.apply(cursor);
            page.rows().forEach(row -> seen.add(id.apply(row)));
            cursor = page.next();
            if (cursor == null) {
                return seen;
            }
        }
        throw new AssertionError("no end");
    }

    private static List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static long single(String sql) throws SQLException {
        List<Long> found = ids(sql);
        assertNull(found.isEmpty() ? "none" : null, sql);
        return found.get(0);
    }
}
