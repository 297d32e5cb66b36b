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
import org.masar.shared.domain.Names;
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
        jpa.tx(() -> sites.update(douz.getId(), douz.getVersion(), new Names("Douz (Kebili)", "Douz", "دوز", "Douz"), true));
        assertThrows(ConcurrentChange.class,
                () -> jpa.tx(() -> sites.update(douz.getId(), douz.getVersion(), Names.of("Douz (old copy)"), true)));
        assertEquals("Douz (Kebili)", jpa.tx(() -> sites.get(douz.getId())).getName());
    }

    /** V12 names every seed site in the four languages, on MariaDB; the reader's language is shown, English stands in. */
    @Test
    void everySeedSiteHasItsNameInEachLanguage() {
        List<Site> tree = jpa.tx(() -> sites.tree());
        SeedSiteNames.check(tree.stream().collect(java.util.stream.Collectors.toMap(Site::getCode, Site::names)));
        Site sfax = tree.stream().filter(s -> s.getCode().equals("SFX-M")).findFirst().orElseThrow();
        assertEquals("صفاقس", sfax.name(java.util.Locale.forLanguageTag("ar-TN")));
        assertEquals("Firenze", tree.stream().filter(s -> s.getCode().equals("FLR")).findFirst().orElseThrow()
                .name(java.util.Locale.ITALIAN));
    }

    @Test
    void theFourNamesAreSavedAndAMissingOneFallsBackToEnglish() {
        Site created = jpa.tx(() -> sites.create("MAH", "mah-ks", new Names("Ksour Essef", "Ksour Essef", "قصور الساف", " ")));
        Site read = jpa.tx(() -> sites.get(created.getId()));
        assertEquals("قصور الساف", read.name(java.util.Locale.forLanguageTag("ar")));
        assertEquals(null, read.getNameIt(), "a blank name is no name");
        assertEquals("Ksour Essef", read.name(java.util.Locale.ITALIAN), "English stands in");
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> jpa.tx(() -> sites.update(read.getId(), read.getVersion(),
                new Names("Ksour Essef", "x".repeat(Site.NAME_MAX + 1), null, null), true)));
        assertEquals("site.error.nameTooLong", tooLong.fieldKeys().get("nameFr"));
        InvalidInput noEnglish = assertThrows(InvalidInput.class, () -> jpa.tx(() -> sites.update(read.getId(), read.getVersion(),
                new Names(" ", "Ksour Essef", null, null), true)));
        assertEquals("site.error.nameRequired", noEnglish.fieldKeys().get("nameEn"));
        assertEquals("Ksour Essef", jpa.tx(() -> sites.get(read.getId())).getNameFr(), "nothing half-written");
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
