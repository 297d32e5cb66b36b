package org.masar.training.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.SmallCells;
import org.masar.shared.domain.SmallCells.Cell;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;
import org.masar.training.domain.Course;
import org.masar.training.domain.CourseSession;
import org.masar.training.domain.Mark;
import org.masar.training.domain.Participant;
import org.masar.training.domain.Topic;

/**
 * Training in figures against MariaDB, on a small set made up for it: two programmes, a Sfax and a
 * Tunis course of the first, a Sfax course of the second with an assessment. Counts right for
 * staff, each course only within the viewer's sites, and small cells hidden for a donor — with the
 * cells that would give them back.
 */
class TrainingFiguresIT {

    private static final ZoneId TUNISIA = ZoneId.of("Africa/Tunis");

    private static Jpa jpa;
    private static Services services;
    private static TrainingFigures figures;
    private static Caller manager;
    private static Caller sfax;
    private static Caller trainer;
    private static Caller donor;
    private static LocalDate today;
    private static int people;

    /** The training services that make the set, on the test's entity manager, as the container would inject them. */
    record Services(CourseService courses, SessionService sessions, ParticipantService participants,
                    AttendanceService attendance) {

        static Services on(Jpa jpa) {
            var em = jpa.em();
            var events = new org.masar.testing.SyncEvents<Object>();
            BeneficiaryService registry = Wiring.set(Wiring.beneficiaries(jpa), "em", em, "lists",
                    new org.masar.testing.SyncEvents<>());
            CourseService courses = Wiring.set(new CourseService(), "em", em);
            SessionService sessions = Wiring.set(new SessionService(), "em", em, "courses", courses);
            ParticipantService participants = Wiring.set(new ParticipantService(), "em", em, "courses", courses,
                    "register", Wiring.set(new CourseRegister(), "em", em), "registry", registry, "clock", Wiring.CLOCK,
                    "events", events);
            AttendanceService attendance = Wiring.set(new AttendanceService(), "em", em, "sessions", sessions,
                    "registry", registry, "clock", Wiring.CLOCK, "events", events);
            return new Services(courses, sessions, participants, attendance);
        }
    }

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("figures"));
        services = Services.on(jpa);
        figures = Wiring.set(new TrainingFigures(), "em", jpa.em(), "programmes", Wiring.programmes(jpa),
                "clock", Wiring.CLOCK);
        today = LocalDate.now(TUNISIA);
        SiteService sites = Wiring.sites(jpa);
        var users = Wiring.users(jpa);
        manager = caller(users, sites, "manager", Role.MANAGER, "TN");
        sfax = caller(users, sites, "sfax", Role.CASE_WORKER, "SFX");
        trainer = caller(users, sites, "trainer", Role.TRAINER, "TN");
        donor = new Caller(99, "donor", "Donor", Set.of(Role.DONOR_VIEWER), scope(sites, "TN"), "en");
        BeneficiaryService registry = Wiring.beneficiaries(jpa);
        EnrolmentService enrolments = Wiring.enrolments(jpa, new EnrolmentService());
        Pipeline tdu = programme("TDU", "TRAIT D'union", sites);
        Pipeline cro = programme("CRO", "CROLET", sites);

        // TDU, Sfax: 3 women of 22, 6 men of 30; two sessions held today (3 h and 3.5 h), one to come.
        Course sfaxCourse = course("TDU", "SFX", false, today.minusMonths(1), 80, false, null);
        List<Long> women = join(sfaxCourse, registry, enrolments, tdu, Sex.F, 22, 3, "SFX-M");
        List<Long> men = join(sfaxCourse, registry, enrolments, tdu, Sex.M, 30, 6, "SFX-M");
        CourseSession first = session(sfaxCourse, today, 9, 0, 12, 0);
        CourseSession second = session(sfaxCourse, today, 13, 0, 16, 30);
        session(sfaxCourse, today.plusDays(7), 9, 0, 12, 0);
        List<AttendanceService.MarkLine> all = new ArrayList<>();
        women.forEach(p -> all.add(new AttendanceService.MarkLine(p, Mark.PRESENT)));
        men.forEach(p -> all.add(new AttendanceService.MarkLine(p, Mark.PRESENT)));
        save(first, all);
        // Met: present twice, late once, excused once (one session counted, attended); not met: one
        // absent, five left unmarked at a session held on the day they joined (absent too).
        save(second, List.of(new AttendanceService.MarkLine(women.get(0), Mark.PRESENT),
                new AttendanceService.MarkLine(women.get(1), Mark.LATE),
                new AttendanceService.MarkLine(women.get(2), Mark.EXCUSED),
                new AttendanceService.MarkLine(men.get(0), Mark.ABSENT)));
        CertificateService certificates = Wiring.set(new CertificateService(), "em", jpa.em(), "courses",
                services.courses(), "register", Wiring.set(new CourseRegister(), "em", jpa.em()), "clock", Wiring.CLOCK);
        assertEquals(1, jpa.tx(() -> certificates.issue(sfaxCourse.getId(), List.of(women.get(0)), manager)).size());
        // One who met the rule withdraws her consent to take part: she still counts.
        String withdrawn = jpa.tx(() -> jpa.em().find(Participant.class, women.get(1)).getEnrolment().getBeneficiary().getCode());
        jpa.run(() -> registry.withdrawConsent(withdrawn, ConsentPurpose.PARTICIPATION, manager));

        // TDU, Tunis: training of trainers, 5 women of 40, one 2-hour session, all present.
        Course tunisCourse = course("TDU", "TUN", true, today.minusMonths(1), 80, false, null);
        List<Long> trainers = join(tunisCourse, registry, enrolments, tdu, Sex.F, 40, 5, "TUN-M");
        save(session(tunisCourse, today, 14, 0, 16, 0),
                trainers.stream().map(p -> new AttendanceService.MarkLine(p, Mark.PRESENT)).toList());

        // CRO, Sfax, begun three months ago: 7 women of 16, 2 men of 70; assessed, pass mark 60: four scored 80, one 40.
        Course assessed = course("CRO", "SFX", false, today.minusMonths(3), 50, true, 60);
        List<Long> girls = join(assessed, registry, enrolments, cro, Sex.F, 16, 7, "SFX-M");
        List<Long> elders = join(assessed, registry, enrolments, cro, Sex.M, 70, 2, "SFX-M");
        List<AttendanceService.MarkLine> present = new ArrayList<>();
        girls.forEach(p -> present.add(new AttendanceService.MarkLine(p, Mark.PRESENT)));
        elders.forEach(p -> present.add(new AttendanceService.MarkLine(p, Mark.PRESENT)));
        save(session(assessed, today, 9, 0, 11, 0), present);
        jpa.run(() -> {
            for (int i = 0; i < 5; i++) {
                jpa.em().find(Participant.class, girls.get(i)).score(i < 4 ? 80 : 40);
            }
        });
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    @Test
    void staffSeeEveryCountOfTheirSites() {
        List<ProgrammeCounts> counts = jpa.tx(() -> figures.counts(FiguresFilter.ALL, manager));
        assertEquals(List.of(
                new ProgrammeCounts("CRO", "CROLET", 1, 1, 120, 7, 2, 7, 0, 0, 0, 4, 0, 0),
                new ProgrammeCounts("TDU", "TRAIT D'union", 2, 3, 510, 8, 6, 0, 3, 6, 5, 8, 1, 5)), counts);
        assertEquals(2, counts.get(0).otherAges(), "the two of 70 are in no donors' band");
        FiguresTable table = jpa.tx(() -> figures.table(FiguresFilter.ALL, manager));
        assertFalse(table.anyHidden(), "staff see people: nothing hidden");
        assertEquals(23L, table.total().participants().getValue());
        assertEquals(2L, table.rows().get(0).men().getValue());
        assertEquals(8.5, table.rows().get(1).hours());
        assertEquals(10.5, table.total().hours());
        assertEquals(1L, table.total().certificates().getValue());
    }

    @Test
    void aSfaxViewerCountsNoTunisCourse() {
        List<ProgrammeCounts> counts = jpa.tx(() -> figures.counts(FiguresFilter.ALL, sfax));
        assertEquals(new ProgrammeCounts("TDU", "TRAIT D'union", 1, 2, 390, 3, 6, 0, 3, 6, 0, 3, 1, 0), counts.get(1));
        assertEquals("CRO", counts.get(0).code());
    }

    @Test
    void theFiltersKeepOneProgrammeAndTheCoursesStartingInThePeriod() {
        assertEquals(List.of("CRO"), jpa.tx(() -> figures.counts(new FiguresFilter("cro", null, null), manager)).stream()
                .map(ProgrammeCounts::code).toList());
        List<ProgrammeCounts> recent = jpa.tx(() -> figures.counts(new FiguresFilter(null, today.minusMonths(2), today), manager));
        assertEquals(List.of("TDU"), recent.stream().map(ProgrammeCounts::code).toList(), "CRO's course began before");
        assertEquals(List.of(), jpa.tx(() -> figures.counts(new FiguresFilter(null, null, today.minusMonths(4)), manager)));
        InvalidInput wrong = assertThrows(InvalidInput.class, () -> jpa.tx(() -> figures.counts(
                new FiguresFilter("NOPE", today, today.minusDays(1)), manager)));
        assertEquals(Map.of("programme", "training.error.programme", "to", "training.error.endBeforeStart"),
                wrong.fieldKeys());
        assertThrows(Forbidden.class, () -> jpa.tx(() -> figures.counts(FiguresFilter.ALL, trainer)),
                "a trainer alone is refused the figures");
    }

    @Test
    void aDonorSeesNoSmallCountNorTheCellsThatWouldGiveItBack() {
        FiguresTable staff = jpa.tx(() -> figures.table(FiguresFilter.ALL, manager));
        FiguresTable seen = jpa.tx(() -> figures.table(FiguresFilter.ALL, donor));
        assertTrue(seen.anyHidden());
        FiguresTable.Row tdu = seen.rows().get(1);
        FiguresTable.Row cro = seen.rows().get(0);
        assertTrue(tdu.age18to24().isHidden(), "3 of 18 to 24");
        assertTrue(cro.men().isHidden(), "2 men");
        assertTrue(cro.women().isHidden(), "7 women, else 9 − 7 gives the 2 men back");
        assertTrue(cro.age15to17().isHidden(), "7 of 15 to 17, else 9 − 7 gives the 2 of other ages");
        assertTrue(tdu.certificates().isHidden() && seen.total().certificates().isHidden(), "1 certificate");
        assertTrue(cro.met().isHidden(), "4 met the rule");
        assertTrue(tdu.met().isHidden(), "8, else the total 12 gives the 4 back");
        List<Cell> shown = new ArrayList<>();
        List<Cell> real = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            shown.addAll(cells(seen.rows().get(i)));
            real.addAll(cells(staff.rows().get(i)));
        }
        shown.addAll(cells(seen.total()));
        real.addAll(cells(staff.total()));
        for (int i = 0; i < shown.size(); i++) {
            Cell c = shown.get(i);
            if (!c.isHidden()) {
                assertFalse(SmallCells.isSmall(c.getValue()), "cell " + i + " shows " + c.getValue() + " to a donor");
                assertEquals(real.get(i).getValue(), c.getValue(), "cell " + i + " is true");
            }
        }
        assertEquals(14L, tdu.participants().getValue(), "a count of 5 or more that gives nothing away is shown");
        assertEquals(2, tdu.courses(), "courses count no person");
    }

    private static List<Cell> cells(FiguresTable.Row r) {
        return List.of(r.participants(), r.women(), r.men(), r.age15to17(), r.age18to24(), r.age25to35(), r.age36to64(),
                r.met(), r.certificates(), r.trainingOfTrainers());
    }

    private static Pipeline programme(String code, String name, SiteService sites) {
        var programme = jpa.tx(() -> {
            Partner lead = Wiring.partners(jpa).save(
                    new org.masar.programme.service.PartnerForm("Lead of " + code, PartnerType.MUNICIPALITY, "IT"));
            var form = new org.masar.programme.service.ProgrammeForm();
            form.setCode(code);
            form.setName(name);
            form.setCurrency("EUR");
            form.setLeadPartnerId(lead.getId());
            form.setSiteIds(sites.byCodes(List.of("SFX", "TUN")).stream().map(Site::getId).toList());
            return Wiring.programmes(jpa).save(form);
        });
        Caller admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), manager.scope(), "en");
        return jpa.tx(() -> Wiring.pipelines(jpa).create(programme.getId(), PipelineType.TRAINING, admin));
    }

    private static Course course(String programme, String site, boolean trainingOfTrainers, LocalDate start,
                                 int minAttendance, boolean assessed, Integer passMark) {
        return jpa.tx(() -> services.courses().create(new CourseForm(programme, site, "Course " + (++people), Topic.SOCIAL_ENTERPRISE,
                trainingOfTrainers, "fr", 30, start, today.plusMonths(1), 20, minAttendance, assessed, passMark, List.of()),
                manager));
    }

    /** Registers {@code n} people of that sex and age at the site, enrols them and adds them to the course; their participant ids. */
    private static List<Long> join(Course c, BeneficiaryService registry, EnrolmentService enrolments, Pipeline pipeline,
                                   Sex sex, int age, int n, String site) {
        List<Long> enrolled = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people++;
            var f = org.masar.testing.People.form("Person" + people, "Figures" + people, sex,
                    today.minusYears(age).minusDays(30), site);
            String code = jpa.tx(() -> registry.register(f, manager, "test data, all different people").getCode());
            Enrolment e = jpa.tx(() -> enrolments.enrol(new EnrolForm(code, pipeline.getId(), null, null, null), manager));
            enrolled.add(e.getId());
        }
        return jpa.tx(() -> services.participants().add(c.getId(), enrolled, null, manager)).added().stream()
                .map(Participant::getId).toList();
    }

    private static CourseSession session(Course c, LocalDate date, int fromHour, int fromMinute, int toHour, int toMinute) {
        return jpa.tx(() -> services.sessions().create(c.getId(), new SessionForm(date, LocalTime.of(fromHour, fromMinute),
                LocalTime.of(toHour, toMinute), null, null), manager));
    }

    private static void save(CourseSession s, List<AttendanceService.MarkLine> marks) {
        jpa.run(() -> services.attendance().save(s.getId(), s.getVersion(), marks, manager));
    }

    private static Scope scope(SiteService sites, String code) {
        return Scope.of(jpa.tx(() -> sites.byCodes(List.of(code))));
    }

    private static Caller caller(org.masar.security.service.UserService users, SiteService sites, String name, Role role,
                                 String site) {
        var form = new org.masar.security.service.UserForm();
        form.setUsername(name);
        form.setFullName(name);
        form.setEmail(name + "@example.org");
        form.setRoles(List.of(role));
        form.setSiteIds(sites.byCodes(List.of(site)).stream().map(Site::getId).toList());
        form.setNewPassword("a-long-password");
        long id = jpa.tx(() -> users.save(form, "admin").getId());
        return new Caller(id, name, name, Set.of(role), scope(sites, site), "en");
    }
}
