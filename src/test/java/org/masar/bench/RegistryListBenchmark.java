package org.masar.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryFilter;
import org.masar.beneficiary.service.BeneficiaryQueries;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.site.domain.Scope;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.PooledDataSource;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * How fast the beneficiary list answers with a million people in MariaDB. Generates them in SQL
 * (MariaDB's sequence engine, deterministic), then times the list query — count plus the first
 * page of 25, through the same service the page uses — for typical filters and scopes.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.masar.bench.RegistryListBenchmark</pre>
 * Optional: -Dbench.rows=1000000 -Dbench.repeats=7. The database is dropped at the end, unless
 * -Dmasar.keepDatabase=true; -Dbench.database=NAME times a kept one again without generating.
 */
public final class RegistryListBenchmark {

    private RegistryListBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int repeats = Integer.getInteger("bench.repeats", 7);
        String reuse = System.getProperty("bench.database");
        TestDatabase db = reuse == null ? TestDatabase.create("bench") : TestDatabase.existing(reuse);
        int enrolments = Math.min(Integer.getInteger("bench.enrolments", 300_000), rows / 3);
        PooledDataSource pool = new PooledDataSource(db.dataSource());
        try (Jpa jpa = new Jpa(pool)) {
            if (reuse == null) {
                long start = System.nanoTime();
                MillionPeople.people(db, rows);
                MillionPeople.enrolments(db, jpa, enrolments);
                System.out.printf("Generated %,d beneficiaries (with consents and groups) and %,d enrolments in %.1f s%n",
                        rows, enrolments, (System.nanoTime() - start) / 1e9);
            }
            SiteService sites = Wiring.sites(jpa);
            BeneficiaryQueries queries = Wiring.beneficiaryQueries(jpa);
            // Managers see everyone; case workers only people still taking part (one more condition on their lists).
            Caller everywhere = caller("manager", Role.MANAGER, Scope.of(jpa.tx(() -> sites.byCodes(List.of("TN", "IT", "MA")))));
            Caller sfax = caller("sfax", Role.CASE_WORKER, Scope.of(jpa.tx(() -> sites.byCodes(List.of("SFX")))));
            Caller kebili = caller("kebili", Role.CASE_WORKER, Scope.of(jpa.tx(() -> sites.byCodes(List.of("KEB")))));
            List<Object[]> cases = List.of(
                    new Object[] {"manager, no filter, first page", everywhere, BeneficiaryFilter.none()},
                    new Object[] {"sfax case worker, no filter", sfax, BeneficiaryFilter.none()},
                    new Object[] {"kebili case worker, no filter", kebili, BeneficiaryFilter.none()},
                    new Object[] {"manager, name starts with 'Tra'", everywhere, filter(null, "Tra", null, null, null, null, null)},
                    new Object[] {"sfax, name starts with 'Ben S'", sfax, filter(null, "Ben S", null, null, null, null, null)},
                    new Object[] {"manager, quick search by phone", everywhere, filter("+21620500000", null, null, null, null, null, null)},
                    new Object[] {"manager, quick search by code", everywhere, filter("BM-0777777", null, null, null, null, null, null)},
                    new Object[] {"manager, site Milan + women + 18-24", everywhere, filter(null, null, "MIL", Sex.F, AgeBand.A18_24, null, null)},
                    new Object[] {"sfax, group migrant", sfax, filter(null, null, null, null, null, BeneficiaryGroup.MIGRANT, null)},
                    new Object[] {"manager, consent to photos", everywhere, filter(null, null, null, null, null, null, ConsentPurpose.PHOTOS)});
            System.out.printf("%n%-42s %12s %10s %10s%n", "list query (count + first 25 rows)", "rows found", "median ms", "max ms");
            for (Object[] c : cases) {
                Caller scope = (Caller) c[1];
                BeneficiaryFilter filter = (BeneficiaryFilter) c[2];
                long[] found = new long[1];
                double[] ms = time(repeats, () -> {
                    Page<?> page = jpa.tx(() -> queries.page(filter, new PageRequest(0, 25, null, true, null), scope));
                    found[0] = page.total();
                    return page;
                });
                System.out.printf("%-42s %,12d %10.1f %10.1f%n", c[0], found[0], ms[0], ms[1]);
            }
        }
    }

    private static Caller caller(String name, Role role, Scope scope) {
        return new Caller(0, name, name, java.util.Set.of(role), scope, "en");
    }

    private static BeneficiaryFilter filter(String quick, String name, String site, Sex sex, AgeBand band,
                                            BeneficiaryGroup group, ConsentPurpose consent) {
        return new BeneficiaryFilter(quick, name, site, sex, band, group, consent);
    }

    /** Median and maximum of {@code repeats} runs after one warm-up, in milliseconds. */
    private static double[] time(int repeats, Supplier<?> work) {
        work.get();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            work.get();
            times.add((System.nanoTime() - t) / 1e6);
        }
        times.sort(Double::compare);
        return new double[] {times.get(times.size() / 2), times.get(times.size() - 1)};
    }
}
