package org.masar.internship.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.HostSize;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.internship.event.PlacementChanged;
import org.masar.internship.service.HostService;
import org.masar.internship.service.PlacementEvidence;
import org.masar.internship.service.PlacementService;
import org.masar.internship.service.ReturnFollowUps;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentReach;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.EvidenceSource;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.site.domain.Scope;
import org.masar.testing.BrowserTest;
import org.masar.testing.Instances;
import org.masar.testing.Jpa;
import org.masar.testing.MasarServer;
import org.masar.testing.People;
import org.masar.testing.SyncEvents;
import org.masar.testing.Wiring;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The internship coordinator's placements list on the demo server, with a placement of its own
 * made through the services (the demo may have none): found by the intern's name, by host, by a
 * document not verified and by "needs attention", with its documents as badges and its alerts,
 * counted over the list; the person's profile and the enrolment show it, a candidate without one
 * offers to find a host, and the host page lists it. A case worker is refused the list as any
 * page their role does not open. Screenshots in English, French, Arabic and Italian.
 */
class PlacementsListBrowserIT extends BrowserTest {

    private static final String PW = "masar-demo";

    /** What the test made, once for the run: a host, an intern with a placement, a candidate without one. */
    private record Made(String lastName, String hostName, long hostId, String code, long enrolmentId, long placementId,
                        String candidateCode, long candidateEnrolmentId) {
    }

    private static Made made;

    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static long id(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("nothing for " + sql);
                }
                return r.getLong(1);
            }
        }
    }

    private static String letters() {
        long n = System.nanoTime();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + (n % 26)));
            n /= 26;
        }
        return s.toString();
    }

    /** Data in the server's database through the services, as the coordinator and Sfax's case worker would make it. */
    private static synchronized Made made() throws SQLException {
        if (made != null) {
            return made;
        }
        MasarServer server = MasarServer.get();
        Jpa jpa = new Jpa(server.database());
        long internsId;
        long sfaxId;
        long pipelineId;
        long milan;
        try (Connection c = server.database().dataSource().getConnection()) {
            internsId = id(c, "SELECT id FROM app_user WHERE username = ?", "interns");
            sfaxId = id(c, "SELECT id FROM app_user WHERE username = ?", "sfax");
            pipelineId = id(c, "SELECT p.id FROM pipeline p JOIN programme g ON g.id = p.programme_id"
                    + " WHERE g.code = ? AND p.type = 'INTERNSHIP'", "MENTOR2");
            milan = id(c, "SELECT id FROM site WHERE code = ?", "MIL");
        }
        var sites = Wiring.sites(jpa);
        Caller interns = new Caller(internsId, "interns", "Giulia Rossi", Set.of(Role.INTERNSHIP_COORDINATOR),
                Scope.of(jpa.tx(() -> sites.byCodes(List.of("LOM", "PIE", "TUN", "SFX", "BMK", "TTA")))), "en");
        Caller sfax = new Caller(sfaxId, "sfax", "Sami Trabelsi", Set.of(Role.CASE_WORKER),
                Scope.of(jpa.tx(() -> sites.byCodes(List.of("SFX")))), "en");
        BeneficiaryService registry = Wiring.beneficiaries(jpa);
        List<EvidenceSource> sources = new ArrayList<>(List.of(new PlacementEvidence.Host(), new PlacementEvidence.Agreement(),
                new PlacementEvidence.Visa(), new PlacementEvidence.Insurance(), new PlacementEvidence.Arrival(),
                new PlacementEvidence.Evaluation(), new PlacementEvidence.Certificate()));
        sources.forEach(s -> Wiring.set(s, "em", jpa.em()));
        EnrolmentService enrolments = Wiring.enrolments(jpa, new EnrolmentService());
        Wiring.set(enrolments, "evidence", Wiring.evidence(sources.toArray(EvidenceSource[]::new)));
        Wiring.set(registry, "reaches", Instances.of(Wiring.set(new EnrolmentReach(), "em", jpa.em())));
        PlacementService placements = Wiring.set(new PlacementService(), "em", jpa.em(), "clock", Wiring.CLOCK,
                "enrolments", enrolments, "registry", registry,
                "returns", Wiring.set(new ReturnFollowUps(), "casework", Wiring.casework(jpa, enrolments)),
                "changes", new SyncEvents<PlacementChanged>());
        HostService hosts = Wiring.set(new HostService(), "em", jpa.em(), "clock", Wiring.CLOCK);

        String unique = letters();
        String lastName = "Listaprova" + unique;
        String hostName = "Officine Elenco " + unique + " S.r.l.";
        long hostId = jpa.tx(() -> hosts.create(new Host.Details(hostName, "IT", "Milano", HostSector.MECHANICS,
                HostSize.UNDER_250, null, null, null, null, null, null, true,
                List.of(new Host.TutorLine("Luca Verdi", null, null, List.of("it", "fr"))), 5), null, interns)).getId();
        Enrolment placed = intern(jpa, registry, enrolments, sfax, "Amal", lastName, pipelineId);
        Enrolment waiting = intern(jpa, registry, enrolments, sfax, "Nour", lastName, pipelineId);
        LocalDate today = LocalDate.now();
        LocalDate start = today.minusDays(45);
        LocalDate end = today.plusDays(20);
        Placement p = jpa.tx(() -> placements.match(placed.getId(), hostId,
                new Placement.Plan("Luca Verdi", start, end, "Milano"), milan, interns));
        int v1 = jpa.tx(() -> placements.mark(p.getId(), p.getVersion(), DocumentKind.VISA, DocumentState.VERIFIED,
                new PlacementDocument.Details("ITA445566", "D - study/training", start, end.minusDays(10)), interns)).getVersion();
        jpa.tx(() -> placements.mark(p.getId(), v1, DocumentKind.INSURANCE, DocumentState.RECEIVED,
                new PlacementDocument.Details("POL-9081", null, start, end), interns));
        jpa.close();
        made = new Made(lastName, hostName, hostId, placed.getBeneficiary().getCode(), placed.getId(), p.getId(),
                waiting.getBeneficiary().getCode(), waiting.getId());
        return made;
    }

    private static Enrolment intern(Jpa jpa, BeneficiaryService registry, EnrolmentService enrolments, Caller sfax,
                                    String first, String last, long pipelineId) {
        var form = People.form(first, last, Sex.F, LocalDate.now().minusYears(24), "SFX-M");
        form.setConsentPurposes(Set.of(ConsentPurpose.PARTICIPATION, ConsentPurpose.FOLLOW_UP));
        String code = jpa.tx(() -> registry.register(form, sfax, "test data, all different people").getCode());
        return jpa.tx(() -> enrolments.enrol(new EnrolForm(code, pipelineId, null, "sfax", null), sfax));
    }

    private String rows() {
        return browser.find("#placements\\:table_data").getText();
    }

    /** Until the list shows the test's intern alone: the name typed has been applied (the unfiltered first page may hold them too). */
    private void waitForOnly(Made m) {
        waitFor(() -> browser.driver().findElements(By.cssSelector("#placements\\:table_data tr[data-ri]")).size() == 1
                && rows().contains("Amal " + m.lastName()));
    }

    @Test
    void theCoordinatorFindsAPlacementByNameHostDocumentAndAttentionAndSeesItOnTheProfileTheEnrolmentAndTheHost()
            throws SQLException {
        Made m = made();
        browser.signIn("interns", PW);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.clickAndWait("#languages a[data-lang='en']");
        browser.clickAndWait("#menu-placements");
        assertEquals("Placements", browser.find("h1").getText());
        for (String alert : List.of("internship.alert.visaExpires", "internship.alert.ending")) {
            String count = browser.find(".number[data-alert='" + alert + "']").getText();
            assertTrue(Integer.parseInt(count) >= 1, alert + ": " + count);
        }
        browser.type("#placements\\:name", m.lastName().toLowerCase());
        waitForOnly(m);
        WebElement row = browser.find("#placements\\:table_data tr");
        String text = row.getText();
        assertTrue(text.contains(m.hostName()), text);
        assertTrue(text.contains("Milano"), text);
        assertTrue(text.contains("Visa ends before the internship"), text);
        assertTrue(text.contains("Ends within 30 days"), text);
        assertFalse(text.contains("Insurance ends before"), "the insurance covers the dates: " + text);
        assertEquals("VERIFIED", row.findElement(By.cssSelector("[data-kind='VISA']")).getAttribute("data-state"));
        assertEquals("RECEIVED", row.findElement(By.cssSelector("[data-kind='INSURANCE']")).getAttribute("data-state"));
        assertEquals("MISSING", row.findElement(By.cssSelector("[data-kind='ARRIVAL']")).getAttribute("data-state"));
        assertTrue(row.findElement(By.cssSelector("a.intern")).getAttribute("href")
                .endsWith("/internship/placement.xhtml?id=" + m.placementId()));
        browser.screenshot("internship-placements-en-1280");

        browser.choose("placements:missing", "INSURANCE");
        waitFor(() -> rows().contains("Amal " + m.lastName()));
        browser.choose("placements:missing", "VISA");
        waitFor(() -> rows().contains("No placement matches."));
        browser.choose("placements:missing", "ARRIVAL");
        waitFor(() -> rows().contains("Amal " + m.lastName()));
        browser.find("#placements\\:attention .ui-chkbox-box").click();
        waitFor(() -> browser.find("#placements\\:attention_input").isSelected());
        waitFor(() -> rows().contains("Amal " + m.lastName()));
        browser.screenshot("internship-placements-filtered-en-1280");
        for (String language : new String[] {"fr", "ar", "it"}) {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.find("#placements\\:table");
            if (language.equals("ar")) {
                assertEquals("rtl", browser.dir());
            }
            browser.type("#placements\\:name", m.lastName());
            waitForOnly(m);
            browser.screenshot("internship-placements-" + language + "-1280");
        }
        browser.clickAndWait("#languages a[data-lang='en']");

        // One host's placements: from the host filter, and from the host's page.
        browser.open("/internship/placements.xhtml");
        browser.type("#placements\\:host_input", m.hostName().substring("Officine ".length(), "Officine Elenco ".length() + 6));
        browser.find("#placements\\:host_panel li[data-item-label]").click();
        waitFor(() -> rows().contains("Amal " + m.lastName()) && !rows().contains("No placement matches."));
        assertEquals(1, browser.driver().findElements(By.cssSelector("#placements\\:table_data tr[data-ri]")).size(),
                "the host's one placement: " + rows());

        browser.open("/internship/host.xhtml?id=" + m.hostId());
        assertTrue(browser.find("#host-placements").getText().contains("Amal " + m.lastName()));
        assertEquals("5", browser.find("#host\\:capacity_input").getAttribute("value"));
        browser.screenshot("internship-host-placements-en-1280");
        browser.clickAndWait("#hostInList");
        assertTrue(rows().contains("Amal " + m.lastName()), rows());

        browser.open("/enrolment/view.xhtml?id=" + m.enrolmentId());
        assertTrue(browser.find("#enrolment-placement").getText().contains(m.hostName()));
        assertTrue(browser.find("#open-placement").getAttribute("href").endsWith("/internship/placement.xhtml?id=" + m.placementId()));
        assertFalse(browser.present("#find-host"));
        browser.screenshot("internship-enrolment-placement-en-1280");
        browser.open("/enrolment/view.xhtml?id=" + m.candidateEnrolmentId());
        assertTrue(browser.find("#find-host").getAttribute("href")
                .endsWith("/internship/match.xhtml?enrolment=" + m.candidateEnrolmentId()));
        for (String language : new String[] {"ar", "fr", "it", "en"}) {
            browser.clickAndWait("#languages a[data-lang='" + language + "']");
            browser.screenshot("internship-enrolment-candidate-" + language + "-1280");
        }

        browser.open("/beneficiary/view.xhtml?code=" + m.code());
        String section = browser.find("#person-placements").getText();
        assertTrue(section.contains(m.hostName()), section);
        assertTrue(section.contains("Ends within 30 days"), section);
        browser.screenshot("internship-person-placements-en-1280");
    }

    @Test
    void aCaseWorkerIsRefusedTheListButReadsTheirInternsPlacementAndItsFlags() throws SQLException {
        Made m = made();
        browser.signIn("sfax", PW);
        browser.clickAndWait("#languages a[data-lang='en']");
        assertFalse(browser.present("#menu-placements"), "no list in a case worker's menu");
        browser.open("/internship/placements.xhtml");
        assertTrue(browser.present("#error-403"), "refused as any page the role does not open");
        browser.open("/enrolment/view.xhtml?id=" + m.candidateEnrolmentId());
        assertTrue(browser.find("#enrolment-placement").getText().contains("No host organisation has been chosen yet."));
        assertFalse(browser.present("#find-host"), "matching is the coordinator's");
        browser.clickAndWait("#menu-caseload");
        // Newest in their stage first: the intern matched today is on the first page, flagged.
        By days = By.xpath("//div[@id='active:table']//th[contains(., 'Days in stage')]");
        for (String order : new String[] {"ascending", "descending"}) {
            browser.driver().findElement(days).click();
            waitFor(() -> order.equals(browser.driver().findElement(days).getAttribute("aria-sort")));
        }
        waitFor(() -> browser.find("#active\\:table_data").getText().contains("Amal " + m.lastName()));
        String flagged = browser.driver().findElement(By.xpath("//tbody[@id='active:table_data']/tr[contains(., 'Amal "
                + m.lastName() + "')]")).getText();
        assertTrue(flagged.contains("Ends within 30 days") && flagged.contains("Visa ends before the internship"), flagged);
        browser.screenshot("internship-caseload-flags-en-1280");
        browser.open("/beneficiary/view.xhtml?code=" + m.code());
        assertTrue(browser.find("#person-placements").getText().contains(m.hostName()), "their intern's placement");
    }
}
