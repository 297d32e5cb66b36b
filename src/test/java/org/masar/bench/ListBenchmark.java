package org.masar.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
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
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.PooledDataSource;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * How fast the lists answer at a million people and 300,000 enrolments in MariaDB, next to the
 * best SQL written by hand for the same answer. Each case runs Masar's list — the capped count
 * and the first page of 25, through the same service the page uses, on pooled connections as in
 * the server — and the hand-written SQL on a connection of the same pool, alternately, and checks
 * that both answer the same count and the same rows in the same order. Prints p50 and p95 of
 * both, their ratio, and the EXPLAIN of each statement Masar sent.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.masar.bench.ListBenchmark</pre>
 * Optional: -Dbench.rows=1000000 -Dbench.enrolments=300000 -Dbench.repeats=30 -Dbench.explain=false,
 * -Dbench.only=TEXT (the cases whose name holds TEXT).
 * The database is dropped at the end, unless -Dmasar.keepDatabase=true; -Dbench.database=NAME
 * times a kept one again without generating. Exits 1 when an answer differs.
 */
public final class ListBenchmark {

    private static final int SIZE = 25;

    private ListBenchmark() {
    }

    /** What a list answered: its count (capped or not) and the ids of its first page, in order. */
    record Answer(long total, boolean capped, List<Long> ids) {
    }

    /** One list as Masar answers it and as the hand-written SQL does. */
    record Case(String name, Supplier<Answer> masar, Supplier<Answer> best) {
    }

    public static void main(String[] args) throws SQLException {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int enrolments = Math.min(Integer.getInteger("bench.enrolments", 300_000), rows / 3);
        int repeats = Integer.getInteger("bench.repeats", 30);
        String reuse = System.getProperty("bench.database");
        TestDatabase db = reuse == null ? TestDatabase.create("bench") : TestDatabase.existing(reuse);
        PooledDataSource pool = new PooledDataSource(db.dataSource());
        boolean failed = false;
        try (Jpa jpa = new Jpa(pool);
             // Values inlined, as Connector/J sends them; LIKE's escape character '\' read as itself.
             PooledDataSource literal = new PooledDataSource(db.dataSource(),
                     "SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
             Jpa explained = new Jpa(literal, Map.of("eclipselink.session-name", "explained", "eclipselink.jdbc.bind-parameters", "false",
                     "eclipselink.logging.logger", SqlCapture.class.getName(), "eclipselink.logging.level", "FINE"))) {
            if (reuse == null) {
                long start = System.nanoTime();
                MillionPeople.people(db, rows);
                MillionPeople.enrolments(db, jpa, enrolments);
                System.out.printf("Generated %,d people (with consents and groups) and %,d enrolments in %.1f s%n",
                        rows, enrolments, (System.nanoTime() - start) / 1e9);
            }
            Callers callers = new Callers(jpa, pool);
            List<Case> cases = new ArrayList<>();
            cases.addAll(registry(jpa, callers, pool));
            cases.addAll(enrolments(jpa, callers, pool));
            String only = System.getProperty("bench.only");
            cases.removeIf(c -> only != null && !c.name().contains(only));
            System.out.printf("%n%-40s %9s | %8s %8s | %8s %8s | %6s %s%n", "list (count + first 25)", "found",
                    "Masar p50", "p95", "best p50", "p95", "ratio", "answers");
            for (Case c : cases) {
                Answer mine = c.masar().get();
                Answer best = c.best().get();
                boolean same = mine.equals(best);
                failed |= !same;
                List<Double> masarMs = new ArrayList<>();
                List<Double> bestMs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    c.masar().get();
                    c.best().get();
                }
                for (int i = 0; i < repeats; i++) {
                    masarMs.add(time(c.masar()));
                    bestMs.add(time(c.best()));
                }
                double m50 = percentile(masarMs, 50);
                double b50 = percentile(bestMs, 50);
                System.out.printf("%-40s %9s | %8.1f %8.1f | %8.1f %8.1f | %5.2fx %s%n", c.name(),
                        (mine.capped() ? "1,000+" : String.format("%,d", mine.total())), m50, percentile(masarMs, 95),
                        b50, percentile(bestMs, 95), m50 / b50, same ? "equal" : "DIFFER: " + mine + " vs " + best);
            }
            if (!"false".equals(System.getProperty("bench.explain"))) {
                List<Case> again = new ArrayList<>(registry(explained, callers, pool));
                again.addAll(enrolments(explained, callers, pool));
                again.removeIf(c -> only != null && !c.name().contains(only));
                for (Case c : again) {
                    SqlCapture.start();
                    c.masar().get();
                    List<String> statements = SqlCapture.stop();
                    System.out.printf("%n== %s%n", c.name());
                    for (String sql : statements) {
                        System.out.println(sql);
                        explain(literal, sql);
                    }
                }
            }
        }
        pool.close();
        if (failed) {
            System.out.println("\nSome answers differ: see DIFFER above.");
            System.exit(1);
        }
    }

    /** The callers of the cases, as the server builds them at sign-in. */
    static final class Callers {
        final Caller manager;
        final Caller sfax;
        final Caller kebili;
        final List<Long> sfaxSites;

        Callers(Jpa jpa, DataSource pool) throws SQLException {
            SiteService sites = Wiring.sites(jpa);
            manager = new Caller(0, "manager", "manager", Set.of(Role.MANAGER),
                    Scope.of(jpa.tx(() -> sites.byCodes(List.of("TN", "IT", "MA")))), "en");
            sfax = new Caller(userId(pool, "sfax"), "sfax", "sfax", Set.of(Role.CASE_WORKER),
                    Scope.of(jpa.tx(() -> sites.byCodes(List.of("SFX")))), "en");
            kebili = new Caller(userId(pool, "kebili"), "kebili", "kebili", Set.of(Role.CASE_WORKER),
                    Scope.of(jpa.tx(() -> sites.byCodes(List.of("KEB")))), "en");
            sfaxSites = subtree(pool, "/TN/SFX/");
        }
    }

    private static List<Case> registry(Jpa jpa, Callers who, DataSource pool) {
        BeneficiaryQueries queries = Wiring.beneficiaryQueries(jpa);
        String sfax = "b.site_id IN (" + join(who.sfaxSites) + ") AND b.merged_into_id IS NULL AND b.taking_part";
        String everyone = "b.merged_into_id IS NULL";
        String byName = " ORDER BY b.last_name, b.first_name, b.id";
        String photos = " AND (SELECT COUNT(*) FROM consent c WHERE c.beneficiary_id = b.id AND c.purpose = 'PHOTOS'"
                + " AND c.withdrawn_on IS NULL) > 0";
        String migrant = " AND (SELECT COUNT(*) FROM beneficiary_group g WHERE g.beneficiary_id = b.id AND g.grp = 'MIGRANT') > 0";
        return List.of(
                people("manager, no filter", jpa, queries, who.manager, BeneficiaryFilter.none(), pool, everyone, byName),
                people("sfax case worker, no filter", jpa, queries, who.sfax, BeneficiaryFilter.none(), pool, sfax, byName),
                named("manager, name starts 'Tra'", jpa, queries, who.manager, "Tra", pool, "TRUE", "tra"),
                named("sfax, name 'Ben S'", jpa, queries, who.sfax, "Ben S", pool,
                        "t.site_id IN (" + join(who.sfaxSites) + ") AND t.taking_part", "ben", "s"),
                people("manager, quick search by phone", jpa, queries, who.manager, filter("+21620500000", null, null, null,
                        null, null, null), pool, everyone + " AND (b.code = '+21620500000' OR b.document_number = '+21620500000'"
                        + " OR b.phone = '+21620500000')", byName),
                people("manager, Milan + women + 18-24", jpa, queries, who.manager, filter(null, null, "MIL", Sex.F,
                        AgeBand.A18_24, null, null), pool, everyone + " AND b.site_id = (SELECT id FROM site WHERE code = 'MIL')"
                        + " AND b.sex = 'F' AND b.birth_date BETWEEN '" + AgeBand.A18_24.bornFrom(java.time.LocalDate.now())
                        + "' AND '" + AgeBand.A18_24.bornUntil(java.time.LocalDate.now()) + "'", byName),
                people("sfax, group migrant", jpa, queries, who.sfax, filter(null, null, null, null, null,
                        BeneficiaryGroup.MIGRANT, null), pool, sfax + migrant, byName),
                people("manager, consent to photos", jpa, queries, who.manager, filter(null, null, null, null, null, null,
                        ConsentPurpose.PHOTOS), pool, everyone + photos, byName));
    }

    /**
     * A name search by hand: the words the first (longest) word typed starts, each walked in the
     * list's order on the word index, in scope, each other word typed starting another word of
     * the same person (a count per person, never a semi-join); the page is the first rows of their
     * union, then its people with their sites. The count reads the words that start so up to the cap.
     */
    private static Case named(String name, Jpa jpa, BeneficiaryQueries queries, Caller caller, String typed, DataSource pool,
                              String scope, String... prefixes) {
        StringBuilder others = new StringBuilder(" AND " + scope);
        for (String other : java.util.Arrays.asList(prefixes).subList(1, prefixes.length)) {
            others.append(" AND (SELECT COUNT(*) FROM beneficiary_name_token o WHERE o.beneficiary_id = t.beneficiary_id")
                    .append(" AND o.token LIKE '").append(other).append("%') > 0");
        }
        return new Case(name, () -> {
            BeneficiaryFilter filter = filter(null, typed, null, null, null, null, null);
            Page<Beneficiary> page = jpa.tx(() -> queries.page(filter, new PageRequest(0, SIZE, null, true, null), caller));
            page.rows().forEach(b -> b.getSite().getCode());
            return new Answer(page.total(), page.totalCapped(), page.rows().stream().map(Beneficiary::getId).toList());
        }, () -> {
            List<String> branches = new ArrayList<>();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT DISTINCT token FROM beneficiary_name_token WHERE token LIKE '" + prefixes[0] + "%'")) {
                while (r.next()) {
                    branches.add("(SELECT t.last_name, t.first_name, t.beneficiary_id FROM beneficiary_name_token t WHERE t.token = '"
                            + r.getString(1) + "'" + others + " ORDER BY t.last_name, t.first_name, t.beneficiary_id LIMIT " + SIZE + ")");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return best(pool, "SELECT COUNT(*) FROM (SELECT DISTINCT t.beneficiary_id FROM beneficiary_name_token t WHERE t.token LIKE '"
                    + prefixes[0] + "%'" + others + " LIMIT 1001) counted", "SELECT b.*, s.code, s.name FROM (" + String.join(" UNION ", branches)
                    + " ORDER BY 1, 2, 3 LIMIT " + SIZE + ") k STRAIGHT_JOIN beneficiary b ON b.id = k.beneficiary_id"
                    + " STRAIGHT_JOIN site s ON s.id = b.site_id ORDER BY k.last_name, k.first_name, k.beneficiary_id");
        });
    }

    private static Case people(String name, Jpa jpa, BeneficiaryQueries queries, Caller caller, BeneficiaryFilter filter,
                               DataSource pool, String where, String order) {
        return new Case(name, () -> {
            Page<Beneficiary> page = jpa.tx(() -> queries.page(filter, new PageRequest(0, SIZE, null, true, null), caller));
            page.rows().forEach(b -> b.getSite().getCode()); // what the page shows of the site
            return new Answer(page.total(), page.totalCapped(), page.rows().stream().map(Beneficiary::getId).toList());
        }, () -> best(pool, "SELECT COUNT(*) FROM (SELECT 1 FROM beneficiary b WHERE " + where + " LIMIT 1001) counted",
                "SELECT b.*, s.code, s.name FROM beneficiary b STRAIGHT_JOIN site s ON s.id = b.site_id WHERE " + where
                        + order + " LIMIT " + SIZE));
    }

    private static List<Case> enrolments(Jpa jpa, Callers who, DataSource pool) throws RuntimeException {
        EnrolmentQueries queries = Wiring.enrolmentQueries(jpa);
        long training;
        long stage;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            training = single(s, "SELECT p.id FROM pipeline p JOIN programme g ON g.id = p.programme_id"
                    + " WHERE g.code = 'BENCH' AND p.type = 'TRAINING'");
            stage = single(s, "SELECT id FROM stage WHERE pipeline_id = " + training + " ORDER BY position LIMIT 1 OFFSET 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        EnrolmentFilter none = new EnrolmentFilter(null, null, null, null, null, null, null, null, false, null);
        String sfax = "b.site_id IN (" + join(who.sfaxSites) + ") AND b.taking_part";
        String sfaxCopy = "e.site_id IN (" + join(who.sfaxSites) + ") AND e.taking_part"; // the person's, on the enrolment
        String open = "(e.drop_reason IS NULL OR e.drop_reason <> 'MERGED')";
        String mine = open + " AND e.case_worker_id = " + who.sfax.id() + " AND e.status = 'ACTIVE'";
        String column = open + " AND e.pipeline_id = " + training + " AND e.current_stage_id = " + stage + " AND e.status = 'ACTIVE'";
        return List.of(
                byPerson("manager, every enrolment", jpa, queries, who.manager, none, pool, "TRUE", open),
                byPerson("sfax, every enrolment", jpa, queries, who.sfax, none, pool, sfax, open),
                enrolled("sfax, caseload (active, mine)", jpa, queries, who.sfax,
                        none.withCaseWorker(who.sfax.id(), EnrolmentStatus.ACTIVE, false), null,
                        () -> best(pool, count(sfaxCopy, mine), "SELECT e.id FROM enrolment e JOIN beneficiary b ON b.id = e.beneficiary_id"
                                + " WHERE " + sfaxCopy + " AND " + mine + " ORDER BY b.last_name, b.first_name, b.id, e.id LIMIT " + SIZE)),
                enrolled("sfax, board column (training, stage 2)", jpa, queries, who.sfax,
                        EnrolmentFilter.ofPipeline(training).withStage(stage, EnrolmentStatus.ACTIVE), "stageSince",
                        () -> best(pool, count(sfaxCopy, column), "SELECT e.id FROM enrolment e"
                                + " WHERE " + sfaxCopy + " AND " + column + " ORDER BY e.stage_since, e.id LIMIT " + SIZE)),
                board("sfax, whole board (training)", jpa, queries, who.sfax, training, pool, sfaxCopy, open));
    }

    /** The board as the page draws it: each stage's column (count and first cards), and the dropped. */
    private static Case board(String name, Jpa jpa, EnrolmentQueries queries, Caller caller, long pipeline, DataSource pool,
                              String person, String open) {
        List<long[]> columns = new ArrayList<>(); // stage id (or -1 for the dropped), final (1) or not
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, final_stage FROM stage WHERE pipeline_id = " + pipeline + " ORDER BY position")) {
            while (r.next()) {
                columns.add(new long[] {r.getLong(1), r.getBoolean(2) ? 1 : 0});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        columns.add(new long[] {-1, 0});
        int cards = 8;
        return new Case(name, () -> jpa.tx(() -> {
            long total = 0;
            List<Long> ids = new ArrayList<>();
            for (long[] column : columns) {
                EnrolmentStatus status = column[0] < 0 ? EnrolmentStatus.DROPPED : column[1] == 1 ? EnrolmentStatus.COMPLETED
                        : EnrolmentStatus.ACTIVE;
                Page<Enrolment> page = queries.page(EnrolmentFilter.ofPipeline(pipeline)
                        .withStage(column[0] < 0 ? null : column[0], status), new PageRequest(0, cards, "stageSince", true, null), caller);
                total += page.total();
                page.rows().forEach(e -> ids.add(e.getId()));
            }
            return new Answer(total, false, ids);
        }), () -> {
            long total = 0;
            List<Long> ids = new ArrayList<>();
            for (long[] column : columns) {
                String status = column[0] < 0 ? "DROPPED" : column[1] == 1 ? "COMPLETED" : "ACTIVE";
                String where = open + " AND e.pipeline_id = " + pipeline + (column[0] < 0 ? "" : " AND e.current_stage_id = "
                        + column[0]) + " AND e.status = '" + status + "'";
                Answer a = best(pool, count(person, where), "SELECT e.id FROM enrolment e"
                        + " WHERE " + person + " AND " + where + " ORDER BY e.stage_since, e.id LIMIT " + cards);
                total += a.total();
                ids.addAll(a.ids());
            }
            return new Answer(total, false, ids);
        });
    }

    /** The capped count; the person's table is joined only when {@code person} names it. */
    private static String count(String person, String enrolment) {
        return "SELECT COUNT(*) FROM (SELECT 1 FROM enrolment e" + (person.contains("b.") ? " JOIN beneficiary b ON b.id = e.beneficiary_id" : "")
                + " WHERE " + person + " AND " + enrolment + " LIMIT 1001) counted";
    }

    /**
     * An enrolment list in the people's order, written by hand the fastest way found: the page's
     * people on the registry's sort index, then their enrolments.
     */
    private static Case byPerson(String name, Jpa jpa, EnrolmentQueries queries, Caller caller, EnrolmentFilter filter,
                                 DataSource pool, String person, String enrolment) {
        return enrolled(name, jpa, queries, caller, filter, null, () -> {
            Answer people = best(pool, count(person, enrolment), "SELECT b.id FROM beneficiary b WHERE " + person
                    + " AND (SELECT COUNT(*) FROM enrolment e WHERE e.beneficiary_id = b.id AND " + enrolment + ") > 0"
                    + " ORDER BY b.last_name, b.first_name, b.id LIMIT " + SIZE);
            if (people.ids().isEmpty()) {
                return people;
            }
            Answer page = best(pool, "SELECT " + people.total(), "SELECT e.id FROM enrolment e JOIN beneficiary b"
                    + " ON b.id = e.beneficiary_id WHERE b.id IN (" + join(people.ids()) + ") AND " + enrolment
                    + " ORDER BY b.last_name, b.first_name, b.id, e.id LIMIT " + SIZE);
            return new Answer(people.total(), people.capped(), page.ids());
        });
    }

    private static Case enrolled(String name, Jpa jpa, EnrolmentQueries queries, Caller caller, EnrolmentFilter filter,
                                 String sort, Supplier<Answer> best) {
        return new Case(name, () -> {
            Page<Enrolment> page = jpa.tx(() -> queries.page(filter, new PageRequest(0, SIZE, sort, true, null), caller));
            page.rows().forEach(e -> e.getBeneficiary().getSite().getCode());
            return new Answer(page.total(), page.totalCapped(), page.rows().stream().map(Enrolment::getId).toList());
        }, best);
    }

    /** The hand-written answer: the capped count, then the page's ids in order. */
    private static Answer best(DataSource pool, String count, String page) {
        try (Connection c = pool.getConnection()) {
            long found;
            try (PreparedStatement s = c.prepareStatement(count); ResultSet r = s.executeQuery()) {
                r.next();
                found = r.getLong(1);
            }
            List<Long> ids = new ArrayList<>();
            if (found > 0) {
                try (PreparedStatement s = c.prepareStatement(page); ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            boolean capped = found > Page.COUNT_CAP;
            return new Answer(capped ? Page.COUNT_CAP : found, capped, ids);
        } catch (SQLException e) {
            throw new IllegalStateException(page, e);
        }
    }

    private static void explain(DataSource pool, String sql) {
        if (!sql.regionMatches(true, 0, "SELECT", 0, 6)) {
            return;
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("EXPLAIN " + sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(r.getMetaData().getColumnLabel(i) + "=" + r.getString(i));
                }
                System.out.println("   " + cells.stream().filter(x -> !x.endsWith("=null")).collect(Collectors.joining(" ")));
            }
        } catch (SQLException e) {
            System.out.println("   (no EXPLAIN: " + e.getMessage() + ")");
        }
    }

    private static double time(Supplier<?> work) {
        long t = System.nanoTime();
        Objects.requireNonNull(work.get());
        return (System.nanoTime() - t) / 1e6;
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static BeneficiaryFilter filter(String quick, String name, String site, Sex sex, AgeBand band,
                                            BeneficiaryGroup group, ConsentPurpose consent) {
        return new BeneficiaryFilter(quick, name, site, sex, band, group, consent);
    }

    private static long userId(DataSource pool, String username) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            return single(s, "SELECT id FROM app_user WHERE username = '" + username + "'");
        }
    }

    private static List<Long> subtree(DataSource pool, String path) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM site WHERE path LIKE '" + path + "%' ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
