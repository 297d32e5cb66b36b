package org.masar.internship.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * Host organisations against MariaDB: recorded with every field checked, the duplicate check on
 * names (legal form, case and accents aside) and registration numbers, stale descriptions
 * refused, and the list searched, filtered and sorted in the database as each role may.
 */
class HostServiceIT {

    private static Jpa jpa;
    private static HostService hosts;
    private static final Caller COORDINATOR = new Caller(1, "interns", "Giulia Rossi", Set.of(Role.INTERNSHIP_COORDINATOR),
            Scope.of(List.of()), "it");
    private static final Caller CASE_WORKER = new Caller(2, "sfax", "Sami", Set.of(Role.CASE_WORKER), Scope.of(List.of()), "fr");
    private static final Caller TRAINER = new Caller(3, "trainer", "Leila", Set.of(Role.TRAINER), Scope.of(List.of()), "fr");

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("hosts"));
        hosts = Wiring.set(new HostService(), "em", jpa.em(), "clock", Wiring.CLOCK);
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static Host.Details details(String name, String city, HostSector sector, String number) {
        return new Host.Details(name, "IT", city, sector, HostSize.UNDER_250, "Via Roma 1", "Paola Bianchi", "02 1234 5678",
                "hr@example.it", number, null, true,
                List.of(new Host.TutorLine("Luca Verdi", "Capo reparto", "luca@example.it", List.of("it", "FR"))));
    }

    @Test
    void aHostIsRecordedWithItsFieldsCheckedAndItsTutors() {
        Host h = jpa.tx(() -> hosts.create(details("Officine Lumière S.r.l.", "Milano", HostSector.MECHANICS, null), null,
                COORDINATOR));
        Host read = jpa.tx(() -> hosts.find(h.getId(), CASE_WORKER));
        assertEquals("+390212345678", read.getPhone(), "in E.164, as the registry keeps phones");
        assertEquals("officinelumiere", read.getNameKey());
        assertEquals(List.of("it", "fr"), read.getTutors().get(0).getLanguages());
        assertEquals("interns", read.getCreatedBy());

        var bad = assertThrows(InvalidInput.class, () -> jpa.tx(() -> hosts.create(new Host.Details(" S.r.l. ", "Italy", " ",
                null, null, null, null, "12", "not-an-address", null, null, true,
                List.of(new Host.TutorLine(" ", null, null, List.of()), new Host.TutorLine("Anna", null, null, List.of("ital")),
                        new Host.TutorLine(" ", "x".repeat(130), "bad", List.of("it")))),
                null, COORDINATOR)));
        assertEquals(Map.ofEntries(Map.entry("name", "internship.error.hostName"), Map.entry("country", "validation.countryCode"),
                Map.entry("city", "internship.error.city"), Map.entry("sector", "internship.error.sector"),
                Map.entry("size", "internship.error.size"), Map.entry("email", "validation.email"),
                Map.entry("tutors[0].name", "internship.error.tutorName"), Map.entry("tutors[1].languages", "internship.error.languages"),
                Map.entry("tutors[2].name", "internship.error.tutorName"), Map.entry("tutors[2].role", "internship.error.tutorRole"),
                Map.entry("tutors[2].email", "validation.email")), without(bad.fieldKeys(), "phone"),
                "every field refused at once, each with its own message");
        assertThrows(Forbidden.class, () -> jpa.tx(() -> hosts.create(details("Another", "Torino", HostSector.ICT, null), null,
                CASE_WORKER)), "a case worker reads hosts only");
        assertThrows(Forbidden.class, () -> jpa.tx(() -> hosts.find(h.getId(), TRAINER)));
    }

    private static Map<String, String> without(Map<String, String> all, String key) {
        var copy = new java.util.LinkedHashMap<>(all);
        copy.remove(key);
        return copy;
    }

    @Test
    void likelyDuplicatesStopTheRecordingUntilAReasonIsGiven() {
        Host first = jpa.tx(() -> hosts.create(details("Tessitura Ferraris S.p.A.", "Torino", HostSector.FASHION_DESIGN,
                "IT 09876543210"), null, COORDINATOR));
        var same = assertThrows(HostDuplicates.class, () -> jpa.tx(() -> hosts.create(
                details("TESSITURA FERRARIS", "Biella", HostSector.FASHION_DESIGN, null), null, COORDINATOR)));
        assertEquals(List.of(first.getId()), same.candidates().stream().map(HostDuplicates.Candidate::id).toList());
        var number = assertThrows(HostDuplicates.class, () -> jpa.tx(() -> hosts.create(
                details("Ferraris Filati", "Torino", HostSector.FASHION_DESIGN, "09876543210"), null, COORDINATOR)));
        assertTrue(number.candidates().get(0).sameNumber(), "found by its VAT number, written without its prefix");
        var shortReason = assertThrows(FieldRefused.class, () -> jpa.tx(() -> hosts.create(
                details("Tessitura Ferraris", "Biella", HostSector.FASHION_DESIGN, null), "other", COORDINATOR)));
        assertEquals(Map.of("duplicateReason", "internship.error.duplicateReason"), shortReason.fieldKeys());
        Host second = jpa.tx(() -> hosts.create(details("Tessitura Ferraris", "Biella", HostSector.FASHION_DESIGN, null),
                "A different company in Biella, same family name", COORDINATOR));
        assertEquals("A different company in Biella, same family name", jpa.tx(() -> hosts.find(second.getId(), COORDINATOR))
                .getDuplicateReason());
        // Describing a host again without changing its name or number does not ask again.
        Host again = jpa.tx(() -> hosts.update(second.getId(), second.getVersion(), new Host.Details("Tessitura Ferraris", "IT",
                "Biella", HostSector.FASHION_DESIGN, HostSize.FROM_250, null, null, null, null, null, "Visited in May", true,
                List.of()), null, COORDINATOR));
        assertEquals(second.getVersion() + 1, again.getVersion());
        assertThrows(ConcurrentChange.class, () -> jpa.tx(() -> hosts.update(second.getId(), second.getVersion(),
                details("Tessitura Ferraris", "Vercelli", HostSector.FASHION_DESIGN, null), null, COORDINATOR)),
                "a description from a version someone changed since is refused");
        assertEquals("Biella", jpa.tx(() -> hosts.find(second.getId(), COORDINATOR)).getCity());
    }

    @Test
    void theListIsSearchedFilteredAndSortedInTheDatabase() {
        for (int i = 0; i < 12; i++) {
            int n = i;
            jpa.run(() -> hosts.create(details("Lista Azienda " + (char) ('A' + n) + " S.r.l.", n % 2 == 0 ? "Milano" : "Torino",
                    n % 3 == 0 ? HostSector.ICT : HostSector.LOGISTICS, null), null, COORDINATOR));
        }
        var all = jpa.tx(() -> hosts.page(new HostFilter("lista azienda", null, null, null, null, false),
                PageRequest.firstPage(5), CASE_WORKER));
        assertEquals(12, all.total());
        assertEquals(List.of("Lista Azienda A S.r.l.", "Lista Azienda B S.r.l.", "Lista Azienda C S.r.l.",
                "Lista Azienda D S.r.l.", "Lista Azienda E S.r.l."), all.rows().stream().map(Host::getName).toList());
        var milanIct = jpa.tx(() -> hosts.page(new HostFilter("LISTA-AZIENDA", "it", "milano", HostSector.ICT, HostSize.UNDER_250,
                true), PageRequest.firstPage(20), COORDINATOR));
        assertEquals(List.of("Lista Azienda A S.r.l.", "Lista Azienda G S.r.l."), milanIct.rows().stream().map(Host::getName)
                .toList(), "0 and 6 are in Milan and in ICT");
        assertTrue(jpa.tx(() -> hosts.cities("IT", COORDINATOR)).containsAll(List.of("Milano", "Torino")));
        assertThrows(Forbidden.class, () -> jpa.tx(() -> hosts.page(HostFilter.NONE, PageRequest.firstPage(5), TRAINER)));
    }
}
