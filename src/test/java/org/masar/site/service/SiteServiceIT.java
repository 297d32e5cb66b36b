package org.masar.site.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.site.domain.SiteLevel;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;

/** The site tree and scope resolution against MariaDB, on the seeded sites of V3. */
class SiteServiceIT {

    private static Jpa jpa;
    private static SiteService sites;

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("sites"));
        sites = new SiteService();
        sites.em = jpa.em();
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private List<String> codesWithin(String... assigned) {
        return jpa.tx(() -> sites.within(Scope.of(sites.byCodes(List.of(assigned))))).stream()
                .map(Site::getCode).toList();
    }

    @Test
    void aSfaxUserSeesSfaxAndItsMunicipalityButNotKebili() {
        List<String> seen = codesWithin("SFX");
        assertEquals(List.of("SFX", "SFX-M"), seen);
    }

    @Test
    void aCountryScopeReachesEveryGovernorateAndMunicipality() {
        List<String> seen = codesWithin("TN");
        assertTrue(seen.containsAll(List.of("TN", "TUN", "SFX", "SFX-M", "KEB", "KEB-M", "DOUZ", "SBZ", "MAH")));
        assertTrue(seen.stream().noneMatch(code -> List.of("IT", "MIL", "MA", "TNG").contains(code)));
    }

    @Test
    void aScopeOfSeveralSitesIsTheirUnion() {
        assertEquals(List.of("KEB", "DOUZ", "KEB-M", "MIL").stream().sorted().toList(),
                codesWithin("KEB", "MIL").stream().sorted().toList());
    }

    @Test
    void nobodyWithoutSitesSeesNone() {
        assertEquals(List.of(), jpa.tx(() -> sites.within(Scope.nothing())));
    }

    @Test
    void aNewMunicipalityFallsInItsGovernoratesScopeOnly() {
        Site created = jpa.tx(() -> sites.create("MAH", "mah-che", "Chebba"));
        assertEquals("MAH-CHE", created.getCode());
        assertEquals("/TN/MAH/MAH-CHE/", created.getPath());
        assertEquals(SiteLevel.MUNICIPALITY, created.getLevel());
        assertTrue(codesWithin("MAH").contains("MAH-CHE"));
        assertTrue(!codesWithin("KEB").contains("MAH-CHE"));
    }

    @Test
    void codesAreUniqueAndCountriesUseIsoCodes() {
        InvalidInput taken = assertThrows(InvalidInput.class, () -> jpa.tx(() -> sites.create("TN", "KEB", "Again")));
        assertEquals("site.error.codeTaken", taken.fieldKeys().get("code"));
        InvalidInput notIso = assertThrows(InvalidInput.class, () -> jpa.tx(() -> sites.create(null, "TUNISIA", "x")));
        assertEquals("site.error.countryCode", notIso.fieldKeys().get("code"));
    }

    @Test
    void aStaleEditIsRefused() {
        Site douz = jpa.tx(() -> sites.byCode("DOUZ").orElseThrow());
        jpa.tx(() -> sites.update(douz.getId(), douz.getVersion(), "Douz (Kebili)", true));
        assertThrows(ConcurrentChange.class,
                () -> jpa.tx(() -> sites.update(douz.getId(), douz.getVersion(), "Douz (old copy)", true)));
        assertEquals("Douz (Kebili)", jpa.tx(() -> sites.get(douz.getId())).getName());
    }

    @Test
    void listsArePagedFilteredAndSortedInTheDatabase() {
        var page = jpa.tx(() -> sites.page(new PageRequest(0, 3, "code", true, java.util.Map.of("countryCode", "tn"))));
        assertEquals(3, page.rows().size());
        assertTrue(page.total() >= 11, "Tunisia has at least 11 seeded sites");
        assertEquals("DOUZ", page.rows().get(0).getCode());
        var municipalities = jpa.tx(() -> sites.page(new PageRequest(0, 50, null, true,
                java.util.Map.of("level", "MUNICIPALITY", "name", "sfa"))));
        assertEquals(List.of("SFX-M"), municipalities.rows().stream().map(Site::getCode).toList());
    }
}
