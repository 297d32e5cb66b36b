package org.masar.programme.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.domain.Programme;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.InvalidInput;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.Wiring;
import org.masar.testing.TestDatabase;

/** Programmes and partners against MariaDB: saving, uniqueness, and which programmes a scope sees. */
class ProgrammeServiceIT {

    private static Jpa jpa;
    private static ProgrammeService programmes;
    private static PartnerService partners;
    private static SiteService sites;
    private static long lead;

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("programmes"));
        programmes = new ProgrammeService();
        programmes.em = jpa.em();
        partners = new PartnerService();
        partners.em = jpa.em();
        sites = Wiring.sites(jpa);
        lead = jpa.tx(() -> partners.save(new PartnerForm("Tuscany Region", PartnerType.MUNICIPALITY, "IT"))).getId();
        save("SFXP", "Sfax programme", "SFX");
        save("KEBP", "Kebili programme", "KEB");
        save("TNP", "Tunisia-wide programme", "TN");
        save("MILP", "Milan programme", "MIL");
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static ProgrammeForm form(String code, String name, List<Long> siteIds) {
        ProgrammeForm form = new ProgrammeForm();
        form.setCode(code);
        form.setName(name);
        form.setDonor("Test donor");
        form.setStartDate(LocalDate.of(2021, 1, 1));
        form.setEndDate(LocalDate.of(2022, 12, 31));
        form.setBudget(new BigDecimal("1000.00"));
        form.setCurrency("EUR");
        form.setLeadPartnerId(lead);
        form.setSiteIds(siteIds);
        return form;
    }

    private static List<Long> siteIds(String... codes) {
        return jpa.tx(() -> sites.byCodes(List.of(codes))).stream().map(Site::getId).toList();
    }

    private static Programme save(String code, String name, String... siteCodes) {
        List<Long> ids = siteIds(siteCodes);
        return jpa.tx(() -> programmes.save(form(code, name, ids)));
    }

    private static List<String> visibleTo(String... assigned) {
        return jpa.tx(() -> programmes.visibleTo(Scope.of(sites.byCodes(List.of(assigned))))).stream()
                .map(ProgrammeView::getCode).sorted().toList();
    }

    @Test
    void aSfaxCaseWorkerSeesSfaxAndCountryWideProgrammesOnly() {
        assertEquals(List.of("SFXP", "TNP"), visibleTo("SFX"));
        assertEquals(List.of("SFXP", "TNP"), visibleTo("SFX-M"));
        assertEquals(List.of("KEBP", "TNP"), visibleTo("KEB"));
    }

    @Test
    void aCountryScopeSeesEveryProgrammeInTheCountry() {
        List<String> tunisia = visibleTo("TN");
        assertTrue(tunisia.containsAll(List.of("KEBP", "SFXP", "TNP")), tunisia.toString());
        assertFalse(tunisia.contains("MILP"));
        assertEquals(List.of("MILP"), visibleTo("IT"));
        assertEquals(List.of(), jpa.tx(() -> programmes.visibleTo(Scope.nothing())));
    }

    @Test
    void theViewCarriesLeadPartnerPartnersAndSites() {
        ProgrammeView view = jpa.tx(() -> programmes.visibleTo(Scope.of(sites.byCodes(List.of("MIL"))))).get(0);
        assertEquals("Tuscany Region", view.getLeadPartner());
        assertEquals(List.of("Tuscany Region"), view.getPartners(), "the lead is always a partner");
        assertEquals("MIL", view.getSites().get(0).getCode());
        assertEquals(new BigDecimal("1000.00"), view.getBudget());
    }

    @Test
    void codesAreUniqueDatesOrderedAndSitesRequired() {
        List<Long> sfx = siteIds("SFX");
        InvalidInput taken = assertThrows(InvalidInput.class,
                () -> jpa.tx(() -> programmes.save(form("SFXP", "Again", sfx))));
        assertEquals("programme.error.codeTaken", taken.fieldKeys().get("code"));

        ProgrammeForm backwards = form("BACK", "Backwards", sfx);
        backwards.setEndDate(LocalDate.of(2020, 1, 1));
        InvalidInput dates = assertThrows(InvalidInput.class,
                () -> jpa.tx(() -> programmes.save(backwards)));
        assertEquals("validation.programme.dates", dates.fieldKeys().get("endDate"));

        InvalidInput noSites = assertThrows(InvalidInput.class,
                () -> jpa.tx(() -> programmes.save(form("NOSITE", "Nowhere", List.of()))));
        assertEquals("programme.error.sitesRequired", noSites.fieldKeys().get("sites"));
        assertTrue(jpa.tx(() -> programmes.byCode("BACK")).isEmpty(), "nothing half-saved");
    }

    @Test
    void anEditFromAStaleCopyIsRefused() {
        Programme saved = save("STALE", "Stale test", "TNG");
        ProgrammeForm first = jpa.tx(() -> programmes.formFor(saved.getId()));
        ProgrammeForm second = jpa.tx(() -> programmes.formFor(saved.getId()));
        first.setName("First edit");
        jpa.tx(() -> programmes.save(first));
        second.setName("Second edit");
        assertThrows(ConcurrentChange.class, () -> jpa.tx(() -> programmes.save(second)));
        assertEquals("First edit", jpa.tx(() -> programmes.loaded(saved.getId())).getName());
    }

    @Test
    void partnerNamesAreUniqueWhateverTheirCase() {
        InvalidInput taken = assertThrows(InvalidInput.class,
                () -> jpa.tx(() -> partners.save(new PartnerForm("TUSCANY REGION", PartnerType.NGO, "IT"))));
        assertEquals("partner.error.nameTaken", taken.fieldKeys().get("name"));
    }
}
