package org.masar.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.masar.internship.domain.HostNames;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.internship.service.HostFilter;
import org.masar.internship.service.HostService;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.testing.Jpa;
import org.masar.testing.PooledDataSource;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * Issue 13's host search target, through the service the list page and the API call, on MariaDB
 * with pooled connections as in the server: 10,000 hosts (-Dbench.hosts), a page of 25 with its
 * count — by name typed, by country and city, by sector and size, all of them, and none (the list
 * opened). Prints p50 and p95 over {@code -Dbench.repeats} (50) after a warm-up; target under 50 ms.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.masar.bench.HostSearchBenchmark</pre>
 */
public final class HostSearchBenchmark {

    private HostSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = Integer.getInteger("bench.repeats", 50);
        int count = Integer.getInteger("bench.hosts", 10_000);
        TestDatabase db = TestDatabase.create("hosts");
        try (PooledDataSource pool = new PooledDataSource(db.dataSource()); Jpa jpa = new Jpa(pool)) { // dropped at exit
            fill(pool, count);
            HostService hosts = Wiring.set(new HostService(), "em", jpa.em(), "clock", Wiring.CLOCK);
            Caller coordinator = new Caller(1, "interns", "Giulia", Set.of(Role.INTERNSHIP_COORDINATOR), Scope.of(List.of()), "it");
            PageRequest page = PageRequest.firstPage(25);
            System.out.printf("%,d hosts; a page of 25 and its count, through the service (server time)%n%n", count);
            System.out.printf("%-44s | %8s %8s | %s%n", "search", "p50 ms", "p95 ms", "target");
            report("the list opened (no filter)", repeats, () -> (int) jpa.tx(() -> hosts.page(HostFilter.NONE, page, coordinator))
                    .total(), "< 50 ms");
            report("name typed: 'rossi'", repeats, () -> (int) jpa.tx(() -> hosts.page(new HostFilter("rossi", null, null, null,
                    null, false), page, coordinator)).total(), "< 50 ms");
            report("name typed: 'officine bra'", repeats, () -> (int) jpa.tx(() -> hosts.page(new HostFilter("officine bra", null,
                    null, null, null, false), page, coordinator)).total(), "< 50 ms");
            report("country IT, city Torino", repeats, () -> (int) jpa.tx(() -> hosts.page(new HostFilter(null, "IT", "Torino",
                    null, null, false), page, coordinator)).total(), "< 50 ms");
            report("sector ICT, under 250", repeats, () -> (int) jpa.tx(() -> hosts.page(new HostFilter(null, null, null,
                    HostSector.ICT, HostSize.UNDER_250, false), page, coordinator)).total(), "< 50 ms");
            report("all: 'gal', IT, Milano, MECHANICS, active", repeats, () -> (int) jpa.tx(() -> hosts.page(new HostFilter("gal",
                    "IT", "Milano", HostSector.MECHANICS, HostSize.UNDER_250, true), page, coordinator)).total(), "< 50 ms");
            report("the duplicate check of a new name", repeats, () -> jpa.tx(() -> hosts.likelyDuplicates(
                    org.masar.internship.domain.Host.record(new org.masar.internship.domain.Host.Details("Officine Rossi 17 S.r.l.",
                            "IT", "Torino", HostSector.MECHANICS, HostSize.UNDER_250, null, null, null, null, "IT00000000017", null,
                            true, List.of()), "bench", java.time.LocalDateTime.now(Wiring.CLOCK)), null)).size(), "< 50 ms");
        }
    }

    /** {@code count} hosts of varied names, places, sectors and sizes, written in batches of SQL. */
    private static void fill(PooledDataSource pool, int count) throws Exception {
        String[] trades = {"Officine", "Tessitura", "Pastificio", "Costruzioni", "Trasporti", "Hotel", "Informatica",
                "Cooperativa", "Energia", "Commerciale", "Plastiche", "Atelier"};
        String[] families = {"Rossi", "Bianchi", "Colombo", "Ferrari", "Galli", "Brambilla", "Fontana", "Conti", "Marino",
                "Greco", "Bruno", "Gallo", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi", "Moretti"};
        String[] cities = {"Milano", "Torino", "Monza", "Rho", "Moncalieri", "Collegno", "Rivoli", "Sesto San Giovanni",
                "Casablanca", "Tunis"};
        HostSector[] sectors = HostSector.values();
        Random random = new Random(13L);
        try (Connection c = pool.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO host_organisation"
                + " (name, name_key, country, city, sector, size_band, phone, email, registration_number, registration_key,"
                + " active, created_by, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', NOW(), 1)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String name = trades[random.nextInt(trades.length)] + " " + families[random.nextInt(families.length)] + " " + i
                        + (i % 3 == 0 ? " S.r.l." : i % 3 == 1 ? " S.p.A." : "");
                String city = cities[random.nextInt(cities.length)];
                String country = city.equals("Casablanca") ? "MA" : city.equals("Tunis") ? "TN" : "IT";
                String number = "IT" + String.format("%011d", i);
                insert.setString(1, name);
                insert.setString(2, HostNames.key(name));
                insert.setString(3, country);
                insert.setString(4, city);
                insert.setString(5, sectors[random.nextInt(sectors.length)].name());
                insert.setString(6, random.nextInt(6) == 0 ? "FROM_250" : "UNDER_250");
                insert.setString(7, "+3902" + (1_000_000 + i));
                insert.setString(8, "hr" + i + "@example.it");
                insert.setString(9, number);
                insert.setString(10, HostNames.numberKey(number));
                insert.setBoolean(11, random.nextInt(20) != 0);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
            c.createStatement().execute("ANALYZE TABLE host_organisation");
        }
    }

    private static void report(String name, int repeats, Supplier<Integer> run, String target) {
        for (int i = 0; i < 5; i++) {
            run.get();
        }
        List<Double> ms = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            found = run.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-44s | %8.1f %8.1f | %s (found %,d)%n", name, ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.95) - 1), target, found);
    }
}
