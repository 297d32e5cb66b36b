package org.masar.pipeline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.MoveAction;
import org.masar.pipeline.domain.OutsidePeriod;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.StageTransition;
import org.masar.pipeline.event.EnrolmentMoved;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.security.service.UserForm;
import org.masar.security.service.UserService;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.i18n.Texts;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.SyncEvents;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;

/**
 * Enrolling against the programme's period, on MariaDB, with the service's clock set: a programme
 * that ended (as TRAIT D'union on 13 December 2023) is refused next to the pipeline for everyone
 * without a reason, and for a case worker even with one; a manager or administrator enrols with a
 * written reason, which the history and the event for the audit keep. The last day counts at the
 * person's site (Tunis, UTC+1), not in UTC.
 */
class EnrolmentPeriodIT {

    private static final LocalDate END = LocalDate.of(2023, 12, 13);
    private static final String REASON = "Court order: reinstated in the training she was wrongly left out of";

    private static Jpa jpa;
    private static EnrolmentService enrolments;
    private static SyncEvents<Object> events;
    private static BeneficiaryService registry;
    private static Pipeline ended;
    private static Pipeline running;
    private static Pipeline later;
    private static Caller sfax;
    private static Caller manager;
    private static Caller admin;
    private static int people;

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("period"));
        registry = Wiring.beneficiaries(jpa);
        events = new SyncEvents<>();
        enrolments = Wiring.set(Wiring.enrolments(jpa, new EnrolmentService()), "events", events);
        SiteService sites = Wiring.sites(jpa);
        UserService users = Wiring.users(jpa);
        long sfaxId = jpa.tx(() -> user(users, sites, "sfax", Role.CASE_WORKER).getId());
        long managerId = jpa.tx(() -> user(users, sites, "manager", Role.MANAGER).getId());
        long adminId = jpa.tx(() -> user(users, sites, "admin", Role.ADMIN).getId());
        sfax = new Caller(sfaxId, "sfax", "Sami", Set.of(Role.CASE_WORKER), scope(sites, "SFX"), "en");
        manager = new Caller(managerId, "manager", "Marco", Set.of(Role.MANAGER), scope(sites, "TN"), "en");
        admin = new Caller(adminId, "admin", "Admin", Set.of(Role.ADMIN), scope(sites, "TN"), "en");
        Partner lead = jpa.tx(() -> Wiring.partners(jpa).save(
                new org.masar.programme.service.PartnerForm("Tuscany Region", PartnerType.MUNICIPALITY, "IT")));
        ended = training(sites, lead, "ENDED", LocalDate.of(2020, 12, 14), END);
        running = training(sites, lead, "RUNNING", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31));
        later = training(sites, lead, "LATER", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static Pipeline training(SiteService sites, Partner lead, String code, LocalDate from, LocalDate to) {
        long programme = jpa.tx(() -> {
            var form = new org.masar.programme.service.ProgrammeForm();
            form.setCode(code);
            form.setName(code + " programme");
            form.setCurrency("EUR");
            form.setStartDate(from);
            form.setEndDate(to);
            form.setLeadPartnerId(lead.getId());
            form.setSiteIds(sites.byCodes(List.of("SFX")).stream().map(Site::getId).toList());
            return Wiring.programmes(jpa).save(form).getId();
        });
        return jpa.tx(() -> Wiring.pipelines(jpa).create(programme, PipelineType.TRAINING, admin));
    }

    private static Scope scope(SiteService sites, String code) {
        return Scope.of(jpa.tx(() -> sites.byCodes(List.of(code))));
    }

    private static org.masar.security.domain.AppUser user(UserService users, SiteService sites, String name, Role role) {
        UserForm form = new UserForm();
        form.setUsername(name);
        form.setFullName(name);
        form.setEmail(name + "@example.org");
        form.setRoles(List.of(role));
        form.setSiteIds(sites.byCodes(List.of("TN")).stream().map(Site::getId).toList());
        form.setNewPassword("a-long-password");
        return users.save(form, "admin");
    }

    private static String person() {
        people++;
        var f = org.masar.testing.People.form("Nour" + people, "Ben Salah", Sex.F, LocalDate.of(2001, 4, 2), "SFX-M");
        return jpa.tx(() -> registry.register(f, sfax, "test data, all different people").getCode());
    }

    /** The service's clock at {@code instant} (UTC); Sfax is an hour ahead. */
    private static void now(String instant) {
        Wiring.set(enrolments, "clock", Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static Enrolment enrol(String code, Pipeline pipeline, LocalDate start, String reason, Caller caller) {
        return jpa.tx(() -> enrolments.enrol(new EnrolForm(code, pipeline.getId(), null, null, start, reason), caller));
    }

    private static long enrolmentsOf(String code) {
        return jpa.tx(() -> jpa.em().createQuery("select count(e) from Enrolment e where e.beneficiary.code = :c", Long.class)
                .setParameter("c", code).getSingleResult());
    }

    private static List<StageTransition> history(Enrolment e) {
        return jpa.tx(() -> enrolments.withHistory(e.getId(), manager).history());
    }

    @Test
    void anEndedProgrammeIsRefusedForACaseWorkerNextToThePipelineNamingTheEndDate() {
        now("2026-12-01T09:00:00Z");
        String code = person();
        OutsidePeriod refused = assertThrows(OutsidePeriod.class, () -> enrol(code, ended, null, null, sfax));
        assertEquals(Map.of("pipelineId", "enrolment.error.programmeEnded"), refused.fieldKeys());
        Object[] arguments = refused.arguments("pipelineId");
        assertEquals("ENDED ended on December 13, 2023: enrolling in it now takes a manager’s written reason.",
                Texts.get(Locale.ENGLISH, "enrolment.error.programmeEnded", arguments));
        assertTrue(Texts.get(Locale.FRENCH, "enrolment.error.programmeEnded", arguments).startsWith("ENDED a pris fin le 13 décembre 2023"));
        // A case worker's reason changes nothing: the override is a manager's, checked here, not only hidden on the page.
        FieldRefused notTheirs = assertThrows(FieldRefused.class, () -> enrol(code, ended, null, REASON, sfax));
        assertFalse(notTheirs instanceof OutsidePeriod);
        assertEquals(Map.of("overrideReason", "enrolment.error.periodOverrideManagerOnly"), notTheirs.fieldKeys());
        assertEquals(0, enrolmentsOf(code), "nothing written");
    }

    @Test
    void aManagerEnrolsWithAReasonThatTheHistoryAndTheAuditEventKeep() {
        now("2026-12-01T09:00:00Z");
        String code = person();
        int before = events.fired().size();
        Enrolment e = enrol(code, ended, null, "  " + REASON + " ", manager);
        List<StageTransition> lines = history(e);
        assertEquals(1, lines.size());
        StageTransition opened = lines.get(0);
        assertEquals(MoveAction.ENROL, opened.getAction());
        assertEquals("manager", opened.getByUser());
        assertEquals(REASON, opened.getOverrideReason());
        assertTrue(opened.isPeriodOverridden());
        assertEquals(LocalDate.of(2026, 12, 1), e.getStartDate());
        EnrolmentMoved told = (EnrolmentMoved) events.fired().get(before);
        assertTrue(told.opened());
        assertEquals(REASON, told.overrideReason(), "the audit trail hears the reason with the enrolment");
        // An administrator, who enrols too, may as well.
        assertEquals(REASON, history(enrol(person(), ended, null, REASON, admin)).get(0).getOverrideReason());
    }

    @Test
    void aManagerWithoutAReasonIsRefusedAndAReasonMustBeOne() {
        now("2026-12-01T09:00:00Z");
        String code = person();
        assertEquals(Map.of("pipelineId", "enrolment.error.programmeEnded"),
                assertThrows(OutsidePeriod.class, () -> enrol(code, ended, null, null, manager)).fieldKeys());
        assertEquals(Map.of("overrideReason", "enrolment.error.reasonTooShort"),
                assertThrows(InvalidInput.class, () -> enrol(code, ended, null, " ", manager)).fieldKeys());
        assertEquals(Map.of("overrideReason", "enrolment.error.reasonTooShort"),
                assertThrows(InvalidInput.class, () -> enrol(code, ended, null, "late", manager)).fieldKeys());
        assertEquals(Map.of("overrideReason", "enrolment.error.noteTooLong"),
                assertThrows(InvalidInput.class, () -> enrol(code, ended, null, "x".repeat(1001), manager)).fieldKeys());
        assertEquals(0, enrolmentsOf(code), "nothing written");
    }

    @Test
    void aRunningProgrammeIsAcceptedAndAReasonGivenForNothingIsNotKept() {
        now("2026-12-01T09:00:00Z");
        assertNull(history(enrol(person(), running, null, null, sfax)).get(0).getOverrideReason());
        StageTransition opened = history(enrol(person(), running, null, REASON, manager)).get(0);
        assertNull(opened.getOverrideReason());
        assertFalse(opened.isOverridden());
    }

    @Test
    void theEndDateItselfIsTheLastDayAtThePersonsSite() {
        // 13 December 2023, 22:30 in Sfax: still the last day.
        now("2023-12-13T21:30:00Z");
        assertEquals(END, enrol(person(), ended, null, null, sfax).getStartDate());
        // 00:30 on the 14th in Sfax, though still the 13th in UTC: over.
        now("2023-12-13T23:30:00Z");
        String code = person();
        assertThrows(OutsidePeriod.class, () -> enrol(code, ended, null, null, sfax));
        now("2023-12-14T09:00:00Z");
        assertThrows(OutsidePeriod.class, () -> enrol(code, ended, null, null, sfax));
        assertEquals(0, enrolmentsOf(code));
    }

    @Test
    void theStartDateMustFallWithinThePeriodToo() {
        now("2026-12-01T09:00:00Z");
        String code = person();
        // Not started yet: a start date before the programme's is refused on the start date ...
        OutsidePeriod early = assertThrows(OutsidePeriod.class, () -> enrol(code, later, null, null, sfax));
        assertEquals(Map.of("startDate", "enrolment.error.programmeNotStarted"), early.fieldKeys());
        assertTrue(Texts.get(Locale.ITALIAN, "enrolment.error.programmeNotStarted", early.arguments("startDate"))
                .startsWith("LATER inizia il 1 marzo 2027"));
        // ... one after its end too, while the day of enrolment is still within it.
        assertEquals(Map.of("startDate", "enrolment.error.programmeEndsFirst"), assertThrows(OutsidePeriod.class,
                () -> enrol(code, later, LocalDate.of(2027, 7, 1), null, sfax)).fieldKeys());
        // People may be enrolled ahead, from the programme's first day.
        Enrolment ahead = enrol(code, later, LocalDate.of(2027, 3, 1), null, sfax);
        assertNull(history(ahead).get(0).getOverrideReason());
    }
}
