package org.masar.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.service.PlacementFilter;
import org.masar.internship.service.PlacementQueries;
import org.masar.pipeline.domain.PipelineType;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.service.PartnerForm;
import org.masar.programme.service.ProgrammeForm;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.testing.Jpa;
import org.masar.testing.PooledDataSource;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * Issue 13's placement list target, through the service the coordinator's list and the API call
 * ({@link PlacementQueries#page}), on MariaDB with pooled connections as in the server: 5,000
 * placements (-Dbench.placements) of interns of thirteen sites with 1,000 hosts in Milan and Turin,
 * each with its six documents in the states its phase gives them, among 15,000 people and 5,000
 * other enrolments; a page of 25 with its count and each line's document states and alerts —
 * the list opened, running only, a name typed, one host, a document missing, "needs attention"
 * (the count of alerts and their first page), sorted by name; for the coordinator, the Sfax case
 * worker and a manager. Prints p50 and p95 over {@code -Dbench.repeats} (50) after a warm-up;
 * target under 50 ms.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.masar.bench.PlacementListBenchmark</pre>
 */
public final class PlacementListBenchmark {

    private static final int HOSTS = 1_000;

    private PlacementListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = Integer.getInteger("bench.repeats", 50);
        int count = Integer.getInteger("bench.placements", 5_000);
        TestDatabase db = TestDatabase.create("placements_bench");
        try (PooledDataSource pool = new PooledDataSource(db.dataSource()); Jpa jpa = new Jpa(pool); // dropped at exit
             // Values inlined, as Connector/J sends them; LIKE's escape character '\' read as itself.
             PooledDataSource literal = new PooledDataSource(db.dataSource(),
                     "SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
             Jpa explained = new Jpa(literal, Map.of("eclipselink.session-name", "explained", "eclipselink.jdbc.bind-parameters",
                     "false", "eclipselink.logging.logger", SqlCapture.class.getName(), "eclipselink.logging.level", "FINE"))) {
            long started = System.nanoTime();
            MillionPeople.people(db, 3 * count);
            MillionPeople.enrolments(db, jpa, count);
            fill(db, jpa, pool, count);
            System.out.printf("generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
            PlacementQueries queries = Wiring.set(new PlacementQueries(), "em", jpa.em(), "clock", Wiring.CLOCK);
            var sites = Wiring.sites(jpa);
            Caller coordinator = new Caller(1, "interns", "Giulia", Set.of(Role.INTERNSHIP_COORDINATOR),
                    Scope.of(jpa.tx(() -> sites.byCodes(List.of("LOM", "PIE", "TUN", "SFX", "BMK", "TTA")))), "it");
            Caller sfax = new Caller(2, "sfax", "Sami", Set.of(Role.CASE_WORKER), Scope.of(jpa.tx(() -> sites.byCodes(
                    List.of("SFX")))), "fr");
            Caller manager = new Caller(3, "manager", "Marco", Set.of(Role.MANAGER), Scope.of(jpa.tx(() -> sites.byCodes(
                    List.of("TN", "IT", "MA")))), "en");
            long host = jpa.tx(() -> jpa.em().createQuery("select min(h.id) from Host h", Long.class).getSingleResult()) + 7;
            PageRequest page = PageRequest.firstPage(25);
            PageRequest byName = new PageRequest(0, 25, "lastName", true, Map.of());
            PlacementFilter none = PlacementFilter.NONE;
            System.out.printf("%,d placements, %,d hosts; a page of 25 with its count, documents and alerts, through the"
                    + " service (server time)%n%n", count, HOSTS);
            System.out.printf("%-52s | %8s %8s | %s%n", "list", "p50 ms", "p95 ms", "target");
            report("coordinator: the list opened (no filter)", repeats, () -> queries.page(none, page, coordinator), jpa);
            report("coordinator: running only", repeats, () -> queries.page(new PlacementFilter(null,
                    PlacementFilter.Status.RUNNING, null, null, false), page, coordinator), jpa);
            report("coordinator: name typed 'trabelsi'", repeats, () -> queries.page(new PlacementFilter("trabelsi",
                    PlacementFilter.Status.ALL, null, null, false), page, coordinator), jpa);
            report("coordinator: one host", repeats, () -> queries.page(new PlacementFilter(null, PlacementFilter.Status.ALL,
                    host, null, false), page, coordinator), jpa);
            report("coordinator: visa missing or not verified", repeats, () -> queries.page(new PlacementFilter(null,
                    PlacementFilter.Status.RUNNING, null, DocumentKind.VISA, false), page, coordinator), jpa);
            report("coordinator: needs attention (alert count + page)", repeats, () -> queries.page(new PlacementFilter(null,
                    PlacementFilter.Status.ALL, null, null, true), page, coordinator), jpa);
            report("coordinator: sorted by the intern's name", repeats, () -> queries.page(none, byName, coordinator), jpa);
            report("Sfax case worker: the list opened", repeats, () -> queries.page(none, page, sfax), jpa);
            report("Sfax case worker: needs attention", repeats, () -> queries.page(new PlacementFilter(null,
                    PlacementFilter.Status.ALL, null, null, true), page, sfax), jpa);
            report("manager: the list opened", repeats, () -> queries.page(none, page, manager), jpa);
            report("manager: needs attention (alert count + page)", repeats, () -> queries.page(new PlacementFilter(null,
                    PlacementFilter.Status.ALL, null, null, true), page, manager), jpa);
            // Where the time goes: each statement of two pages, timed alone (p50 of 20), and its plan.
            PlacementQueries traced = Wiring.set(new PlacementQueries(), "em", explained.em(), "clock", Wiring.CLOCK);
            statements("coordinator: the list opened", () -> traced.page(none, page, coordinator), explained, literal);
            statements("coordinator: visa missing or not verified", () -> traced.page(new PlacementFilter(null,
                    PlacementFilter.Status.RUNNING, null, DocumentKind.VISA, false), page, coordinator), explained, literal);
        }
    }

    /**
     * An internship programme at every generated site, {@link #HOSTS} hosts in Milan and Turin, and
     * {@code count} placements of distinct people (those {@link MillionPeople#enrolments} leaves
     * out), a tenth of each phase of the journey — matched, paperwork, placed, completed, back home,
     * employed — with their six documents and, for some, a visa or a policy ending before the
     * internship, an end within 30 days, an outcome. Written in SQL with MariaDB's sequence engine.
     */
    private static void fill(TestDatabase db, Jpa jpa, PooledDataSource pool, int count) throws Exception {
        var sites = Wiring.sites(jpa);
        Caller admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), Scope.of(jpa.tx(() -> sites.byCodes(List.of("TN",
                "IT", "MA")))), "en");
        long partner = jpa.tx(() -> Wiring.partners(jpa).save(new PartnerForm("Bench City", PartnerType.MUNICIPALITY, "IT"))
                .getId());
        List<Long> siteIds = jpa.tx(() -> sites.byCodes(List.of(MillionPeople.SITES))).stream().map(Site::getId).toList();
        long programme = jpa.tx(() -> {
            ProgrammeForm form = new ProgrammeForm();
            form.setCode("MENTOR-BENCH");
            form.setName("Internships bench");
            form.setCurrency("EUR");
            form.setLeadPartnerId(partner);
            form.setSiteIds(siteIds);
            return Wiring.programmes(jpa).save(form).getId();
        });
        long pipeline = jpa.tx(() -> Wiring.pipelines(jpa).create(programme, PipelineType.INTERNSHIP, admin).getId());
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            String[] codes = {"matched", "paperwork", "placed", "completed", "back_home", "employed"};
            String[] stage = new String[codes.length];
            for (int i = 0; i < codes.length; i++) {
                try (var r = s.executeQuery("SELECT id FROM stage WHERE pipeline_id = " + pipeline + " AND code = '" + codes[i] + "'")) {
                    r.next();
                    stage[i] = r.getString(1);
                }
            }
            String milan = MillionPeople.ids(s, new String[] {"MIL"});
            String turin = MillionPeople.ids(s, new String[] {"TRN"});
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO host_organisation (name, name_key, country, city,"
                    + " sector, size_band, active, capacity, created_by, created_at, version)"
                    + " VALUES (?, ?, 'IT', ?, 'MECHANICS', 'UNDER_250', TRUE, 20, 'bench', NOW(), 1)")) {
                for (int i = 0; i < HOSTS; i++) {
                    String name = "Officine Bench " + i + " S.r.l.";
                    insert.setString(1, name);
                    insert.setString(2, org.masar.internship.domain.HostNames.key(name));
                    insert.setString(3, i % 2 == 0 ? "Milano" : "Torino");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            long firstHost;
            try (var r = s.executeQuery("SELECT MIN(id) FROM host_organisation")) {
                r.next();
                firstHost = r.getLong(1);
            }
            // The phase of the n-th intern: seq MOD 10 → 0–1 matched, 2–3 paperwork, 4–6 placed, 7 completed, 8 back home, 9 employed.
            String phase = "CASE WHEN seq MOD 10 < 2 THEN 0 WHEN seq MOD 10 < 4 THEN 1 WHEN seq MOD 10 < 7 THEN 2"
                    + " ELSE seq MOD 10 - 4 END";
            s.execute("INSERT INTO enrolment (beneficiary_id, pipeline_id, cohort, case_worker_id, start_date, status,"
                    + " current_stage_id, stage_since, drop_reason, active_pipeline_id, created_at, version, site_id, taking_part)"
                    + " SELECT b.id, " + pipeline + ", NULL, NULL, DATE_SUB(CURDATE(), INTERVAL 400 + seq MOD 200 DAY),"
                    + " IF(seq MOD 10 >= 7, 'COMPLETED', 'ACTIVE'), ELT(1 + " + phase + ", " + String.join(", ", stage) + "),"
                    + " DATE_SUB(NOW(), INTERVAL seq MOD 60 DAY), NULL, IF(seq MOD 10 >= 7, NULL, " + pipeline + "),"
                    + " NOW(), 0, b.site_id, b.taking_part"
                    + " FROM seq_0_to_" + (count - 1) + " JOIN beneficiary b ON b.id = 2 + seq * 3");
            // Dates by phase: to come (matched, paperwork), under way (placed: some end within 30 days), past (the others).
            String start = "CASE WHEN seq MOD 10 < 4 THEN DATE_ADD(CURDATE(), INTERVAL 10 + seq MOD 80 DAY)"
                    + " WHEN seq MOD 10 < 7 THEN DATE_SUB(CURDATE(), INTERVAL seq MOD 170 DAY)"
                    + " ELSE DATE_SUB(CURDATE(), INTERVAL 260 + seq MOD 300 DAY) END";
            s.execute("INSERT INTO placement (enrolment_id, host_id, tutor_name, planned_start, planned_end, city,"
                    + " sending_site_id, receiving_site_id, la_programme, la_outcomes, la_language, signed_intern, signed_host,"
                    + " signed_sending, outcome, outcome_reason, ended_on, created_by, created_at, version)"
                    + " SELECT e.id, h.id, 'Luca Verdi', " + start + ", DATE_ADD(" + start + ", INTERVAL 180 DAY), h.city,"
                    + " e.site_id, IF(h.city = 'Torino', " + turin + ", " + milan + "), 'Work with the tutor', 'The trade',"
                    + " 'B1', IF(seq MOD 10 >= 2, CURDATE(), NULL), IF(seq MOD 10 >= 2, CURDATE(), NULL),"
                    + " IF(seq MOD 10 >= 2, CURDATE(), NULL),"
                    + " CASE WHEN seq MOD 10 = 8 THEN 'BACK_HOME_STUDYING' WHEN seq MOD 10 = 9 THEN 'HIRED'"
                    + " WHEN seq MOD 10 = 7 AND seq MOD 20 = 7 THEN 'COMPLETED' WHEN seq MOD 97 = 5 THEN 'INTERRUPTED' END,"
                    + " IF(seq MOD 97 = 5 AND seq MOD 10 < 7, 'Went home', NULL),"
                    + " CASE WHEN seq MOD 10 >= 8 OR (seq MOD 10 = 7 AND seq MOD 20 = 7) THEN DATE_ADD(" + start
                    + ", INTERVAL 180 DAY) WHEN seq MOD 97 = 5 THEN CURDATE() END,"
                    + " 'interns', DATE_SUB(NOW(), INTERVAL 100 DAY), 1"
                    + " FROM seq_0_to_" + (count - 1) + " JOIN enrolment e ON e.beneficiary_id = 2 + seq * 3 AND e.pipeline_id = "
                    + pipeline + " JOIN host_organisation h ON h.id = " + firstHost + " + seq MOD " + HOSTS);
            // Each placement's six documents in the states its stage gives them; a visa or policy of one in thirteen ends short.
            String kinds = "SELECT 'AGREEMENT' kind, 0 ord UNION ALL SELECT 'VISA', 1 UNION ALL SELECT 'INSURANCE', 2"
                    + " UNION ALL SELECT 'ARRIVAL', 3 UNION ALL SELECT 'EVALUATION', 4 UNION ALL SELECT 'CERTIFICATE', 5";
            String state = "CASE WHEN st.code = 'matched' THEN IF(k.ord = 0 AND p.id MOD 2 = 0, 'RECEIVED', 'MISSING')"
                    + " WHEN st.code = 'paperwork' THEN CASE k.ord WHEN 0 THEN 'VERIFIED'"
                    + " WHEN 1 THEN IF(p.id MOD 3 = 0, 'MISSING', 'RECEIVED') WHEN 2 THEN IF(p.id MOD 2 = 0, 'RECEIVED', 'MISSING')"
                    + " ELSE 'MISSING' END WHEN st.code = 'placed' THEN IF(k.ord <= 3, 'VERIFIED', 'MISSING') ELSE 'VERIFIED' END";
            s.execute("INSERT INTO placement_document (placement_id, kind, state, doc_number, doc_type, valid_from, valid_to,"
                    + " received_by, received_at, verified_by, verified_at)"
                    + " SELECT x.id, x.kind, x.state, IF(x.dated, CONCAT('N', x.id), NULL), IF(x.dated AND x.ord = 1, 'D', NULL),"
                    + " IF(x.dated, DATE_SUB(x.planned_start, INTERVAL 5 DAY), NULL),"
                    + " IF(x.dated, IF(x.id MOD 13 = 0, DATE_SUB(x.planned_end, INTERVAL 20 DAY),"
                    + " DATE_ADD(x.planned_end, INTERVAL 10 DAY)), NULL),"
                    + " IF(x.state = 'MISSING', NULL, 'interns'), IF(x.state = 'MISSING', NULL, x.created_at),"
                    + " IF(x.state = 'VERIFIED', 'interns', NULL), IF(x.state = 'VERIFIED', x.created_at, NULL)"
                    + " FROM (SELECT p.id, p.planned_start, p.planned_end, p.created_at, k.kind, k.ord, " + state + " state,"
                    + " k.ord IN (1, 2) AND " + state + " <> 'MISSING' dated"
                    + " FROM placement p JOIN enrolment e ON e.id = p.enrolment_id JOIN stage st ON st.id = e.current_stage_id"
                    + " CROSS JOIN (" + kinds + ") k) x");
            s.execute("ANALYZE TABLE host_organisation, enrolment, placement, placement_document");
        }
    }

    private static void statements(String name, Supplier<Page<?>> run, Jpa jpa, javax.sql.DataSource pool) throws Exception {
        jpa.tx(run);
        SqlCapture.start();
        jpa.tx(run);
        List<String> sent = SqlCapture.stop();
        System.out.printf("%n%s: %d statements%n", name, sent.size());
        for (String sql : sent) {
            List<Double> ms = new ArrayList<>();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                for (int i = 0; i < 20; i++) {
                    long start = System.nanoTime();
                    try (var r = s.executeQuery(sql)) {
                        while (r.next()) {
                            r.getObject(1);
                        }
                    }
                    ms.add((System.nanoTime() - start) / 1e6);
                }
                Collections.sort(ms);
                System.out.printf("- %.1f ms: %s%n", ms.get(ms.size() / 2), sql.length() > 400 ? sql.substring(0, 400) + " …" : sql);
                try (var r = s.executeQuery("EXPLAIN " + sql)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder line = new StringBuilder("    ");
                        for (int i = 1; i <= columns; i++) {
                            if (r.getString(i) != null) {
                                line.append(r.getMetaData().getColumnLabel(i)).append('=').append(r.getString(i)).append(' ');
                            }
                        }
                        System.out.println(line);
                    }
                }
            }
        }
    }

    private static void report(String name, int repeats, Supplier<Page<?>> run, Jpa jpa) {
        for (int i = 0; i < 5; i++) {
            jpa.tx(run);
        }
        List<Double> ms = new ArrayList<>();
        long found = 0;
        int rows = 0;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            Page<?> page = jpa.tx(run);
            ms.add((System.nanoTime() - start) / 1e6);
            found = page.total();
            rows = page.rows().size();
        }
        Collections.sort(ms);
        System.out.printf("%-52s | %8.1f %8.1f | < 50 ms (%,d found, %d on the page)%n", name, ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.95) - 1), found, rows);
    }
}
