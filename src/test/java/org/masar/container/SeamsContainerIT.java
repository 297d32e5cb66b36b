package org.masar.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryEvent;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.EducationLevel;
import org.masar.beneficiary.domain.EmploymentStatus;
import org.masar.beneficiary.domain.EventKind;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.event.ConsentChanged;
import org.masar.beneficiary.event.PersonRegistered;
import org.masar.beneficiary.service.BeneficiaryForm;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.event.EnrolmentMoved;
import org.masar.pipeline.service.BulkMoves;
import org.masar.pipeline.service.BulkResult;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.service.Caller;
import org.masar.security.service.UserService;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.NotFound;
import org.masar.testing.Browser;
import org.masar.testing.People;

/**
 * The seams where transactions matter, checked inside Payara Micro with CDI and JTA as Masar
 * runs: the Masar WAR of this build plus a few test-only beans (an observer that records what
 * reached it after success or failure, one that refuses changes inside the transaction, a clock
 * the tests set, and a profile section no Masar class knows of), with the demo data.
 */
@ExtendWith(ArquillianExtension.class)
class SeamsContainerIT {

    static {
        ContainerDatabase.dropAtExit();
    }

    @Deployment
    static WebArchive deployment() throws java.io.IOException {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("masar.war", "target/masar.war")));
        // The runner Arquillian adds is let through sign-in, as the health check is; nothing else changes.
        String webXml = new String(war.get("/WEB-INF/web.xml").getAsset().openStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("<url-pattern>/health</url-pattern>",
                "<url-pattern>/health</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
        war.delete("/WEB-INF/web.xml");
        return war.setWebXML(new org.jboss.shrinkwrap.api.asset.StringAsset(webXml))
                .addClasses(SeamsContainerIT.class, ContainerDatabase.class, Recorder.class, Refuser.class, TestClock.class, ProbeSection.class,
                        Probe.class, Browser.class, People.class)
                .addAsWebInfResource(new File("src/test/resources/container/probe.xhtml"), "sections/probe.xhtml");
    }

    @Inject
    BeneficiaryService registry;

    @Inject
    EnrolmentService enrolments;

    @Inject
    PipelineService pipelines;

    @Inject
    BulkMoves bulk;

    @Inject
    UserService users;

    @Inject
    Recorder recorder;

    @Inject
    Refuser refuser;

    @Inject
    TestClock clock;

    @Inject
    Probe probe;

    @Inject
    UserTransaction transaction;

    @AfterEach
    void reset() {
        if (refuser != null) {
            refuser.clear();
            recorder.clear();
            clock.reset();
        }
    }

    private Caller sfax() {
        return users.activeCaller("sfax").orElseThrow();
    }

    private static BeneficiaryForm person(String first, String last, LocalDate birth) {
        return People.form(first, last, Sex.F, birth, "SFX-M");
    }

    @Test
    void aRegistrationKeepsItsHistoryLineAndIsToldAfterItsTransactionSucceeded() {
        Beneficiary b = registry.register(person("Ines", "Kept-Seam", LocalDate.of(2001, 2, 3)), sfax(), null);
        List<BeneficiaryEvent> history = registry.timeline(b.getCode(), sfax());
        assertEquals(EventKind.REGISTERED, history.get(history.size() - 1).getKind(), "the line written in the transaction");
        assertTrue(recorder.kept().stream().anyMatch(e -> e instanceof PersonRegistered r && r.code().equals(b.getCode())),
                "observers after success heard of it");
    }

    @Test
    void aRegistrationRolledBackLeavesNoHistoryLineAndNoAfterSuccessEvent() throws Exception {
        transaction.begin();
        Beneficiary b = registry.register(person("Rania", "Rolled-Seam", LocalDate.of(2000, 5, 6)), sfax(), null);
        String code = b.getCode();
        transaction.rollback();
        assertThrows(NotFound.class, () -> registry.find(code, sfax()));
        assertEquals(0, probe.historyLines("Rolled-Seam"), "the history line went with the change");
        assertFalse(recorder.kept().stream().anyMatch(e -> e instanceof PersonRegistered r && r.code().equals(code)),
                "nothing after success for a change that was not kept");
        assertTrue(recorder.undone().stream().anyMatch(e -> e instanceof PersonRegistered r && r.code().equals(code)),
                "after-failure observers were told instead");
    }

    @Test
    void anObserverInTheTransactionThatRefusesRollsTheChangeBack() {
        refuser.refuseRegistrationsAt("TN-SFX");
        assertThrows(BusinessException.class,
                () -> registry.register(person("Yosra", "Refused-Seam", LocalDate.of(1999, 7, 8)), sfax(), null));
        assertEquals(0, probe.people("Refused-Seam"), "neither the person");
        assertEquals(0, probe.historyLines("Refused-Seam"), "nor the line");
        assertTrue(recorder.kept().stream().noneMatch(e -> e instanceof PersonRegistered), "and nobody told it happened");
    }

    @Test
    void bulkAdvanceCommitsEachMoveInItsOwnTransaction() {
        // In Kebili, into CROLET's training: it runs (open-ended), so the test does not age.
        Caller kebili = users.activeCaller("kebili").orElseThrow();
        Pipeline training = pipelines.visibleTo(kebili.scope(), "CROLET").stream()
                .filter(p -> p.getType() == PipelineType.TRAINING).findFirst().orElseThrow();
        Stage selected = training.stage("selected").orElseThrow();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Beneficiary b = registry.register(People.form("Bulk" + i, "Bulk-Seam", Sex.F, LocalDate.of(2002, 1, 10 + i), "KEB-M"), kebili,
                    "Container test: a different person each time");
            Enrolment e = enrolments.enrol(new EnrolForm(b.getCode(), training.getId(), "seam test", null, null), kebili);
            ids.add(e.getId());
        }
        refuser.refuseMovesOf(ids.get(1));
        recorder.clear();
        List<BulkResult> results = bulk.advance(ids, selected.getId(),
                Set.copyOf(selected.activeCriteria().stream().map(c -> c.getId()).toList()), null, null, kebili);
        assertEquals(List.of(true, false, true), results.stream().map(BulkResult::isMoved).toList());
        for (int i = 0; i < 3; i++) {
            String stage = enrolments.find(ids.get(i), kebili).getCurrentStage().getCode();
            assertEquals(i == 1 ? "registered" : "selected", stage, "enrolment " + i + " moved on its own, or not at all");
        }
        List<Long> told = recorder.kept().stream().filter(e -> e instanceof EnrolmentMoved)
                .map(e -> ((EnrolmentMoved) e).enrolmentId()).toList();
        assertEquals(List.of(ids.get(0), ids.get(2)), told, "only the moves kept are told after success");
    }

    @Test
    void datesAreThoseOfTheSitesZoneFromTheOneInjectedClock() {
        Beneficiary b = registry.register(person("Sana", "Clock-Seam", LocalDate.of(1998, 3, 4)), sfax(), null);
        // 23:30 UTC on New Year's Eve is already 1 January in Sfax (UTC+1).
        clock.set(Instant.parse("2026-12-31T23:30:00Z"));
        registry.giveConsent(b.getCode(), ConsentPurpose.PHOTOS, sfax());
        Beneficiary after = registry.profile(b.getCode(), sfax());
        assertEquals(LocalDate.of(2027, 1, 1), after.getConsents().stream()
                .filter(c -> c.getPurpose() == ConsentPurpose.PHOTOS).findFirst().orElseThrow().getGivenOn());
        ConsentChanged told = recorder.kept().stream().filter(e -> e instanceof ConsentChanged).map(e -> (ConsentChanged) e)
                .findFirst().orElseThrow();
        assertEquals(LocalDateTime.of(2026, 12, 31, 23, 30), told.at(), "times are kept in UTC");
    }

    @Test
    @RunAsClient
    void aModulesSectionAppearsOnTheProfileWithoutTheProfileKnowingIt(@ArquillianResource URL base) throws Exception {
        try (Browser browser = new Browser(base.toString())) {
            browser.signIn("sfax", "masar-demo");
            browser.open("/beneficiary/view.xhtml?code=TN-SFX-000002");
            assertEquals("TN-SFX-000002", browser.find("#probe-code").getText(), "the section was handed the person");
            String page = browser.driver().getPageSource();
            assertTrue(page.indexOf("id=\"notes-section\"") < page.indexOf("id=\"probe-section\""), "in its order");
            assertTrue(page.indexOf("id=\"enrolments\"") < page.indexOf("id=\"notes-section\""));
            browser.screenshot("container-profile-with-probe-section");
        }
        byte[] profileBean = SeamsContainerIT.class.getResourceAsStream(
                "/org/masar/beneficiary/web/ViewBeneficiaryBacking.class").readAllBytes();
        String text = new String(profileBean, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("ProbeSection") || text.contains("casework") || text.contains("pipeline"),
                "the profile's bean names no module that contributes to it");
    }
}
