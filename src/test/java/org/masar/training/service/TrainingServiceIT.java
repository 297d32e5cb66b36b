package org.masar.training.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.MoveCommand;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.security.service.UserForm;
import org.masar.security.service.UserService;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.testing.Jpa;
import org.masar.testing.SyncEvents;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;
import org.masar.training.domain.Course;
import org.masar.training.domain.CourseSession;
import org.masar.training.domain.Mark;
import org.masar.training.domain.SeriesPlan;
import org.masar.training.domain.Topic;
import org.masar.training.event.AttendanceSaved;
import org.masar.training.event.ParticipantAdded;

/**
 * Training against MariaDB: who sees which course (a trainer their own, a case worker their sites'
 * read-only, nobody out of scope), participants refused with their reasons, and the attendance
 * grid saved by two trainers at once — one wins, the other is told it is stale, nothing is lost.
 */
class TrainingServiceIT {

    private static Jpa jpa;
    private static Services services;
    private static EnrolmentService enrolments;
    private static BeneficiaryService registry;
    private static Pipeline training;
    private static Pipeline incubation;
    private static Caller manager;
    private static Caller sfax;
    private static Caller kebili;
    private static Caller trainer;
    private static Caller otherTrainer;
    private static Caller donor;
    private static int people;

    /** The training services on one entity manager, as the container would inject them. */
    record Services(CourseService courses, SessionService sessions, ParticipantService participants,
                    AttendanceService attendance, SyncEvents<Object> events) {

        static Services on(EntityManager em) {
            SyncEvents<Object> events = new SyncEvents<>();
            BeneficiaryService registry = Wiring.set(Wiring.beneficiaries(jpa), "em", em, "lists", new SyncEvents<>());
            CourseService courses = Wiring.set(new CourseService(), "em", em);
            SessionService sessions = Wiring.set(new SessionService(), "em", em, "courses", courses);
            CourseRegister register = Wiring.set(new CourseRegister(), "em", em);
            ParticipantService participants = Wiring.set(new ParticipantService(), "em", em, "courses", courses,
                    "register", register, "registry", registry, "clock", Wiring.CLOCK, "events", events);
            AttendanceService attendance = Wiring.set(new AttendanceService(), "em", em, "sessions", sessions,
                    "registry", registry, "clock", Wiring.CLOCK, "events", events);
            return new Services(courses, sessions, participants, attendance, events);
        }
    }

    @BeforeAll
    static void start() {
        jpa = new Jpa(TestDatabase.create("training"));
        registry = Wiring.beneficiaries(jpa);
        enrolments = Wiring.enrolments(jpa, new EnrolmentService());
        services = Services.on(jpa.em());
        SiteService sites = Wiring.sites(jpa);
        UserService users = Wiring.users(jpa);
        sfax = caller(users, sites, "sfax", Role.CASE_WORKER, "SFX");
        kebili = caller(users, sites, "kebili", Role.CASE_WORKER, "KEB");
        manager = caller(users, sites, "manager", Role.MANAGER, "TN");
        trainer = caller(users, sites, "trainer", Role.TRAINER, "TN");
        otherTrainer = caller(users, sites, "trainer2", Role.TRAINER, "TN");
        donor = new Caller(99, "donor", "Donor", Set.of(Role.DONOR_VIEWER), scope(sites, "TN"), "en");
        Programme programme = jpa.tx(() -> {
            Partner lead = Wiring.partners(jpa).save(
                    new org.masar.programme.service.PartnerForm("Tuscany Region", PartnerType.MUNICIPALITY, "IT"));
            var form = new org.masar.programme.service.ProgrammeForm();
            form.setCode("TDU");
            form.setName("TRAIT D'union");
            form.setCurrency("EUR");
            form.setLeadPartnerId(lead.getId());
            form.setSiteIds(sites.byCodes(List.of("SFX", "KEB")).stream().map(Site::getId).toList());
            return Wiring.programmes(jpa).save(form);
        });
        var pipelines = Wiring.pipelines(jpa);
        Caller admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), scope(sites, "TN"), "en");
        training = jpa.tx(() -> pipelines.create(programme.getId(), PipelineType.TRAINING, admin));
        incubation = jpa.tx(() -> pipelines.create(programme.getId(), PipelineType.INCUBATION, admin));
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static Scope scope(SiteService sites, String code) {
        return Scope.of(jpa.tx(() -> sites.byCodes(List.of(code))));
    }

    private static Caller caller(UserService users, SiteService sites, String name, Role role, String site) {
        UserForm form = new UserForm();
        form.setUsername(name);
        form.setFullName(name);
        form.setEmail(name + "@example.org");
        form.setRoles(List.of(role));
        form.setSiteIds(sites.byCodes(List.of(site)).stream().map(Site::getId).toList());
        form.setNewPassword("a-long-password");
        long id = jpa.tx(() -> users.save(form, "admin").getId());
        return new Caller(id, name, name, Set.of(role), scope(sites, site), "en");
    }

    private static Enrolment enrolled(Pipeline pipeline, String cohort) {
        people++;
        var f = org.masar.testing.People.form("Amal" + people, "Trabelsi", Sex.F, LocalDate.now().minusYears(22), "SFX-M");
        String code = jpa.tx(() -> registry.register(f, sfax, "test data, all different people").getCode());
        return jpa.tx(() -> enrolments.enrol(new EnrolForm(code, pipeline.getId(), cohort, null, null), sfax));
    }

    private static CourseForm form(String title, int capacity, String... trainers) {
        return new CourseForm("TDU", "SFX", title, Topic.SOCIAL_ENTERPRISE, false, "fr", 30,
                LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(1), capacity, 80, false, null, List.of(trainers));
    }

    private static Course course(String title, int capacity, String... trainers) {
        return jpa.tx(() -> services.courses().create(form(title, capacity, trainers), manager));
    }

    private static CourseSession session(Course c, LocalDate date) {
        return jpa.tx(() -> services.sessions().create(c.getId(),
                new SessionForm(date, LocalTime.of(9, 0), LocalTime.of(12, 0), "Sfax, room 2", null), manager));
    }

    @Test
    void aTrainerSeesOnlyTheCoursesTheyTeachAndOthersAnswerAsUnknown() {
        Course mine = course("Social enterprise, Sfax A", 20, "trainer");
        Course theirs = course("Governance, Sfax B", 20, "trainer2");
        List<Long> seen = jpa.tx(() -> services.courses().page(PageRequest.firstPage(100), trainer)).rows().stream()
                .map(Course::getId).toList();
        assertTrue(seen.contains(mine.getId()));
        assertFalse(seen.contains(theirs.getId()));
        assertThrows(NotFound.class, () -> jpa.tx(() -> services.courses().find(theirs.getId(), trainer)));
        assertThrows(NotFound.class, () -> jpa.tx(() -> services.sessions().of(theirs.getId(), trainer)));
        assertThrows(NotFound.class, () -> jpa.tx(() -> services.participants().list(theirs.getId(), trainer)));
        // A case worker sees the courses of their sites, and no others.
        List<Long> sfaxSees = jpa.tx(() -> services.courses().page(PageRequest.firstPage(100), sfax)).rows().stream()
                .map(Course::getId).toList();
        assertTrue(sfaxSees.containsAll(List.of(mine.getId(), theirs.getId())));
        assertEquals(0, jpa.tx(() -> services.courses().page(PageRequest.firstPage(100), kebili)).total());
        assertThrows(NotFound.class, () -> jpa.tx(() -> services.courses().find(mine.getId(), kebili)));
        assertThrows(Forbidden.class, () -> jpa.tx(() -> services.courses().page(PageRequest.firstPage(10), donor)));
        assertThrows(Forbidden.class, () -> jpa.tx(() -> services.courses().find(mine.getId(), donor)));
    }

    @Test
    void aCaseWorkerReadsTheirSitesCoursesButChangesNothing() {
        Course c = course("Micro-credit, Sfax", 20, "trainer");
        CourseSession s = session(c, LocalDate.now().minusDays(1));
        Enrolment e = enrolled(training, null);
        assertEquals(c.getTitle(), jpa.tx(() -> services.courses().find(c.getId(), sfax)).getTitle());
        SessionForm another = new SessionForm(LocalDate.now(), LocalTime.of(9, 0), LocalTime.of(10, 0), null, null);
        assertThrows(TrainingAccess.ReadOnly.class, () -> jpa.tx(() -> services.sessions().create(c.getId(), another, sfax)));
        assertThrows(TrainingAccess.ReadOnly.class, () -> jpa.tx(() -> services.participants().add(c.getId(),
                List.of(e.getId()), null, sfax)));
        assertThrows(TrainingAccess.ReadOnly.class, () -> jpa.tx(() -> services.attendance().save(s.getId(),
                s.getVersion(), List.of(), sfax)));
        assertThrows(TrainingAccess.ReadOnly.class, () -> jpa.tx(() -> services.courses().update(c.getId(), c.getVersion(),
                form("Renamed", 20, "trainer"), sfax)));
        assertThrows(Forbidden.class, () -> jpa.tx(() -> services.courses().create(form("New", 20), sfax)));
        assertThrows(Forbidden.class, () -> jpa.tx(() -> services.courses().create(form("New", 20), trainer)),
                "trainers teach courses; managers plan them");
        // The trainer of the course changes it.
        assertEquals(1, jpa.tx(() -> services.participants().add(c.getId(), List.of(e.getId()), null, trainer)).added().size());
        var series = new SeriesPlan(LocalDate.now().plusDays(1), LocalDate.now().plusDays(14),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(14, 0), LocalTime.of(17, 0), "Sfax");
        assertEquals(4, jpa.tx(() -> services.sessions().series(c.getId(), series, "trainer", trainer)).size());
        assertEquals(5, jpa.tx(() -> services.sessions().of(c.getId(), sfax)).size());
    }

    @Test
    void peopleWhoCannotJoinAreRefusedEachWithTheReason() {
        Course c = course("Circular economy, Sfax", 3, "trainer");
        String cohort = "Sfax 2026-" + people;
        Enrolment first = enrolled(training, cohort);
        Enrolment second = enrolled(training, cohort);
        Enrolment dropped = enrolled(training, cohort);
        Enrolment third = enrolled(training, cohort);
        Enrolment fourth = enrolled(training, cohort);
        jpa.run(() -> enrolments.move(dropped.getId(), new MoveCommand(MoveCommand.Action.DROP, null, DropReason.FOUND_WORK,
                "found a job in Sfax", dropped.getVersion(), null, null), sfax));
        Enrolment otherPipeline = enrolled(incubation, cohort);
        // One by one: the first joins; named again alone, they are refused with the reason.
        assertEquals(1, jpa.tx(() -> services.participants().add(c.getId(), List.of(first.getId()), null, trainer))
                .added().size());
        Refusal.Refused again = assertThrows(Refusal.Refused.class,
                () -> jpa.tx(() -> services.participants().add(c.getId(), List.of(first.getId()), null, trainer)));
        assertEquals(Refusal.Reason.ALREADY_IN, again.refusal().reason());
        assertEquals("training.refusal.ALREADY_IN", again.messageKey());
        Refusal.Refused elsewhere = assertThrows(Refusal.Refused.class,
                () -> jpa.tx(() -> services.participants().add(c.getId(), List.of(otherPipeline.getId()), null, trainer)));
        assertEquals(Refusal.Reason.NOT_IN_PIPELINE, elsewhere.refusal().reason());
        assertNull(elsewhere.refusal().code(), "who it is is not told");
        // The whole cohort: two places left.
        ParticipantService.Added added = jpa.tx(() -> services.participants().add(c.getId(), List.of(), cohort, trainer));
        assertEquals(List.of(second.getId(), third.getId()),
                added.added().stream().map(p -> p.getEnrolment().getId()).toList());
        Map<Long, Refusal.Reason> reasons = new java.util.HashMap<>();
        added.refused().forEach(r -> reasons.put(r.enrolmentId(), r.reason()));
        assertEquals(Map.of(first.getId(), Refusal.Reason.ALREADY_IN, dropped.getId(), Refusal.Reason.INACTIVE,
                fourth.getId(), Refusal.Reason.OVER_CAPACITY), reasons, "the incubation enrolment is not of the cohort's pipeline");
        assertEquals(3, jpa.tx(() -> services.participants().list(c.getId(), trainer)).size());
        assertTrue(services.events().fired().stream().anyMatch(ev -> ev instanceof ParticipantAdded pa
                && pa.enrolmentId() == second.getId()), "joining is told to the audit trail");
    }

    @Test
    void twoTrainersSavingOneGridAtOnceOneWinsAndTheOtherIsToldItIsStale() throws Exception {
        Course c = course("Financial literacy, Sfax", 10, "trainer", "trainer2");
        Enrolment a = enrolled(training, null);
        Enrolment b = enrolled(training, null);
        var added = jpa.tx(() -> services.participants().add(c.getId(), List.of(a.getId(), b.getId()), null, trainer)).added();
        long pa = added.get(0).getId();
        long pb = added.get(1).getId();
        for (int round = 0; round < 3; round++) {
            CourseSession s = session(c, LocalDate.now().minusDays(round + 1));
            int version = s.getVersion();
            CountDownLatch ready = new CountDownLatch(2);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (Caller who : List.of(trainer, otherTrainer)) {
                Mark mark = who == trainer ? Mark.PRESENT : Mark.LATE;
                outcomes.add(pool.submit(() -> {
                    EntityManager own = jpa.newEntityManager();
                    Services mine = Services.on(own);
                    ready.countDown();
                    go.await();
                    try {
                        Jpa.tx(own, () -> mine.attendance().save(s.getId(), version,
                                List.of(new AttendanceService.MarkLine(pa, mark), new AttendanceService.MarkLine(pb, mark)), who));
                        return "saved " + mark;
                    } catch (ConcurrentChange stale) {
                        return "stale";
                    } finally {
                        own.close();
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
            Collections.sort(results);
            assertEquals("stale", results.get(1), results.toString());
            Mark won = Mark.valueOf(results.get(0).substring("saved ".length()));
            AttendanceService.Grid grid = jpa.tx(() -> services.attendance().grid(s.getId(), trainer));
            assertTrue(grid.lines().stream().allMatch(l -> l.mark() == won), "the winner's marks, all of them");
            assertEquals(version + 1, grid.session().getVersion());
            // The loser, shown the grid as it stands, saves from its version.
            Mark mark = won == Mark.PRESENT ? Mark.ABSENT : Mark.EXCUSED;
            var saved = jpa.tx(() -> services.attendance().save(s.getId(), grid.session().getVersion(),
                    List.of(new AttendanceService.MarkLine(pa, mark)), otherTrainer));
            assertEquals(mark, saved.lines().stream().filter(l -> l.participantId() == pa).findFirst().orElseThrow().mark());
            assertEquals(won, saved.lines().stream().filter(l -> l.participantId() == pb).findFirst().orElseThrow().mark(),
                    "a participant left out of the body keeps their mark");
        }
        assertTrue(services.events().fired().stream().anyMatch(ev -> ev instanceof AttendanceSaved),
                "marks are told to the audit trail");
    }

    @Test
    void scoresAreSavedTogetherABadOneRefusesTheSaveOnItsBoxAndAStaleOneRefusesItWhole() {
        Course c = jpa.tx(() -> services.courses().create(new CourseForm("TDU", "SFX", "Assessed, Sfax", Topic.GOVERNANCE,
                false, "fr", 20, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(1), 10, 80, true, 60,
                List.of("trainer")), manager));
        Enrolment a = enrolled(training, null);
        Enrolment b = enrolled(training, null);
        var added = jpa.tx(() -> services.participants().add(c.getId(), List.of(a.getId(), b.getId()), null, trainer)).added();
        long pa = added.get(0).getId();
        long pb = added.get(1).getId();
        CourseSession held = session(c, LocalDate.now().minusDays(1));
        jpa.run(() -> services.attendance().save(held.getId(), held.getVersion(), List.of(
                new AttendanceService.MarkLine(pa, Mark.PRESENT), new AttendanceService.MarkLine(pb, Mark.PRESENT)), trainer));

        var read = jpa.tx(() -> services.participants().list(c.getId(), trainer));
        int va = read.stream().filter(r -> r.id() == pa).findFirst().orElseThrow().version();
        int vb = read.stream().filter(r -> r.id() == pb).findFirst().orElseThrow().version();
        var bad = assertThrows(org.masar.shared.domain.InvalidInput.class, () -> jpa.tx(() -> services.participants().scores(
                c.getId(), List.of(new ParticipantService.ScoreLine(pa, va, 150), new ParticipantService.ScoreLine(pb, vb, -1)),
                trainer)));
        assertEquals(Map.of("score-" + pa, "training.error.percent", "score-" + pb, "training.error.percent"), bad.fieldKeys());
        assertTrue(jpa.tx(() -> services.participants().list(c.getId(), trainer)).stream().allMatch(r -> r.score() == null),
                "nothing saved");

        int before = services.events().fired().size();
        var rows = jpa.tx(() -> services.participants().scores(c.getId(), List.of(
                new ParticipantService.ScoreLine(pa, va, 72), new ParticipantService.ScoreLine(pb, vb, 40)), trainer));
        ParticipantRow ra = rows.stream().filter(r -> r.id() == pa).findFirst().orElseThrow();
        ParticipantRow rb = rows.stream().filter(r -> r.id() == pb).findFirst().orElseThrow();
        assertEquals(72, ra.score());
        assertTrue(ra.met(), "present at the one session and 72 against a pass mark of 60");
        assertEquals(40, rb.score());
        assertFalse(rb.met(), "present, but 40 is under the pass mark");
        var told = services.events().fired().subList(before, services.events().fired().size()).stream()
                .filter(ev -> ev instanceof org.masar.training.event.ScoresSaved).map(ev -> (org.masar.training.event.ScoresSaved) ev)
                .toList();
        assertEquals(1, told.size());
        assertEquals(List.of(a.getBeneficiary().getCode(), b.getBeneficiary().getCode()),
                told.get(0).changes().stream().map(org.masar.training.event.ScoresSaved.Change::code).toList(),
                "each change is told to the audit trail");

        // From the versions read before: b's newer score would be lost, so the whole save is refused.
        assertThrows(ConcurrentChange.class, () -> jpa.tx(() -> services.participants().scores(c.getId(), List.of(
                new ParticipantService.ScoreLine(pa, ra.version(), 90), new ParticipantService.ScoreLine(pb, vb, 45)), trainer)));
        var now = jpa.tx(() -> services.participants().list(c.getId(), trainer));
        assertEquals(List.of(72, 40), now.stream().map(ParticipantRow::score).toList(), "nothing of the stale save applied");

        // A score cleared; a line naming someone else's participant refused; who may save.
        var cleared = jpa.tx(() -> services.participants().scores(c.getId(),
                List.of(new ParticipantService.ScoreLine(pb, rb.version(), null)), trainer));
        assertNull(cleared.stream().filter(r -> r.id() == pb).findFirst().orElseThrow().score());
        assertThrows(org.masar.shared.domain.InvalidInput.class, () -> jpa.tx(() -> services.participants().scores(c.getId(),
                List.of(new ParticipantService.ScoreLine(pa + 100_000, va, 50)), trainer)));
        assertThrows(Forbidden.class, () -> jpa.tx(() -> services.participants().scores(c.getId(),
                List.of(new ParticipantService.ScoreLine(pa, ra.version() + 1, 50)), sfax)), "a case worker reads only");
        assertThrows(NotFound.class, () -> jpa.tx(() -> services.participants().scores(c.getId(),
                List.of(new ParticipantService.ScoreLine(pa, ra.version() + 1, 50)), otherTrainer)), "not their course");
        Course plain = course("Not assessed, Sfax", 10, "trainer");
        Enrolment other = enrolled(training, null);
        var joined = jpa.tx(() -> services.participants().add(plain.getId(), List.of(other.getId()), null, trainer)).added();
        var refused = assertThrows(org.masar.shared.domain.FieldRefused.class, () -> jpa.tx(() -> services.participants()
                .scores(plain.getId(), List.of(new ParticipantService.ScoreLine(joined.get(0).getId(), 1, 50)), trainer)));
        assertEquals(Map.of("score", "training.error.notAssessed"), refused.fieldKeys());
    }

    @Test
    void ratesAndAtRiskFollowTheMarks() {
        Course c = course("Web marketing, Sfax", 10, "trainer");
        Enrolment a = enrolled(training, null);
        Enrolment b = enrolled(training, null);
        var added = jpa.tx(() -> services.participants().add(c.getId(), List.of(a.getId(), b.getId()), null, trainer)).added();
        long pa = added.get(0).getId();
        long pb = added.get(1).getId();
        // Five sessions, all held today: a present at four and late at one (100 %), b absent at two (60 %).
        for (int i = 0; i < 5; i++) {
            CourseSession s = session(c, LocalDate.now());
            Mark forB = i < 2 ? Mark.ABSENT : i == 2 ? Mark.EXCUSED : Mark.PRESENT;
            Mark forA = i == 0 ? Mark.LATE : Mark.PRESENT;
            jpa.run(() -> services.attendance().save(s.getId(), s.getVersion(),
                    List.of(new AttendanceService.MarkLine(pa, forA), new AttendanceService.MarkLine(pb, forB)), trainer));
        }
        session(c, LocalDate.now().plusDays(7));
        Map<Long, ParticipantRow> rows = new java.util.HashMap<>();
        jpa.tx(() -> services.participants().list(c.getId(), trainer)).forEach(r -> rows.put(r.id(), r));
        assertEquals(100, rows.get(pa).rate());
        assertTrue(rows.get(pa).met());
        assertFalse(rows.get(pa).atRisk());
        assertEquals(50, rows.get(pb).rate(), "2 of 4: the excused session is left out");
        assertFalse(rows.get(pb).met());
        assertTrue(rows.get(pb).atRisk(), "3 of 5 at best, under 80 %");
        // A session ahead cannot be marked yet.
        CourseSession ahead = session(c, LocalDate.now().plusDays(2));
        var refused = assertThrows(org.masar.shared.domain.BusinessException.class, () -> jpa.tx(() ->
                services.attendance().save(ahead.getId(), ahead.getVersion(), List.of(), trainer)));
        assertEquals("training.error.sessionAhead", refused.messageKey());
    }

    /**
     * The register of a course and the list of courses, written as the download endpoint writes
     * them and read back: the trainer's own course, the participants in name order with each
     * session's mark, their tallies and rates, a last row of each session's attendance; a course
     * out of reach is unknown; the list holds only the courses the caller sees.
     */
    @Test
    void theRegisterAndTheCourseListAreWrittenAsTheCallerSeesThem() throws Exception {
        Course c = course("Register, Sfax", 10, "trainer");
        course("Someone else's course", 10, "trainer2");
        Enrolment a = enrolled(training, null);
        Enrolment b = enrolled(training, null);
        var added = jpa.tx(() -> services.participants().add(c.getId(), List.of(a.getId(), b.getId()), null, trainer)).added();
        long pa = added.get(0).getId();
        long pb = added.get(1).getId();
        Mark[] forA = {Mark.PRESENT, Mark.LATE, Mark.PRESENT};
        Mark[] forB = {Mark.ABSENT, Mark.EXCUSED, Mark.PRESENT};
        for (int i = 0; i < 3; i++) {
            CourseSession s = session(c, LocalDate.now().minusDays(3 - i));
            Mark ma = forA[i];
            Mark mb = forB[i];
            jpa.run(() -> services.attendance().save(s.getId(), s.getVersion(),
                    List.of(new AttendanceService.MarkLine(pa, ma), new AttendanceService.MarkLine(pb, mb)), trainer));
        }
        session(c, LocalDate.now().plusDays(7));
        CourseRegister register = Wiring.set(new CourseRegister(), "em", jpa.em());
        AttendanceRegisterExport export = Wiring.set(new AttendanceRegisterExport(), "em", jpa.em(), "courses",
                services.courses(), "register", register, "clock", Wiring.CLOCK);
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        assertEquals(2, (int) jpa.tx(() -> export.write(c.getId(), trainer, java.util.Locale.ENGLISH, file)));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            int fixed = AttendanceRegisterExport.COLUMNS.columns().size();
            assertEquals("Code", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(fixed + 4, sheet.getRow(0).getLastCellNum(), "one column per session, the one ahead too");
            List<String> codes = List.of(sheet.getRow(1).getCell(0).getStringCellValue(), sheet.getRow(2).getCell(0).getStringCellValue());
            int rowA = codes.indexOf(a.getBeneficiary().getCode()) + 1;
            int rowB = codes.indexOf(b.getBeneficiary().getCode()) + 1;
            assertTrue(rowA > 0 && rowB > 0, codes.toString());
            var ra = sheet.getRow(rowA);
            assertEquals(List.of("Present", "Late", "Present"), List.of(ra.getCell(fixed).getStringCellValue(),
                    ra.getCell(fixed + 1).getStringCellValue(), ra.getCell(fixed + 2).getStringCellValue()));
            assertNull(ra.getCell(fixed + 3), "no mark for the session ahead");
            assertEquals(100, (int) ra.getCell(8).getNumericCellValue(), "rate");
            assertTrue(ra.getCell(9).getBooleanCellValue(), "meets the rule");
            var rb = sheet.getRow(rowB);
            assertEquals(50, (int) rb.getCell(8).getNumericCellValue(), "1 of 2: the excused session is left out");
            assertEquals(1, (int) rb.getCell(7).getNumericCellValue(), "absent once");
            var total = sheet.getRow(3);
            assertEquals("Attended (present or late)", total.getCell(0).getStringCellValue());
            assertEquals(List.of(1.0, 1.0, 2.0), List.of(total.getCell(fixed).getNumericCellValue(),
                    total.getCell(fixed + 1).getNumericCellValue(), total.getCell(fixed + 2).getNumericCellValue()));
        }
        assertThrows(NotFound.class, () -> jpa.tx(() -> export.write(c.getId(), kebili, java.util.Locale.ENGLISH,
                new java.io.ByteArrayOutputStream())), "out of scope, unknown");
        assertThrows(NotFound.class, () -> jpa.tx(() -> export.write(c.getId(), otherTrainer, java.util.Locale.ENGLISH,
                new java.io.ByteArrayOutputStream())), "another trainer's course, unknown");

        // The person's profile and timeline: the course and their standing, for whom may see the course.
        PersonCourses personCourses = Wiring.set(new PersonCourses(), "em", jpa.em(), "register", register);
        var person = jpa.tx(() -> registry.find(b.getBeneficiary().getCode(), sfax));
        var taken = jpa.tx(() -> personCourses.of(person, sfax));
        assertEquals(List.of(c.getId()), taken.stream().map(t -> t.getCourse().getId()).toList());
        assertEquals(50, taken.get(0).getRate());
        assertEquals(List.of(), jpa.tx(() -> personCourses.of(person, otherTrainer)), "a course they do not teach");
        TrainingTimeline timeline = Wiring.set(new TrainingTimeline(), "courses", personCourses);
        var entries = jpa.tx(() -> timeline.entries(person, sfax));
        assertEquals(List.of("training.timeline.joined", "training.timeline.attendance"),
                entries.stream().map(org.masar.beneficiary.service.TimelineEntry::getKind).toList());
        assertEquals("Attended 1 of 2 sessions that count (50 %), excused 1: at risk of not meeting the rule",
                entries.get(1).detail(java.util.Locale.ENGLISH));
        assertEquals("trainer", entries.get(1).getWho(), "who took the last session");

        // The caseload's flag: b cannot reach 80 % even present at the session left (2 of 3 at best).
        AtRiskFlags atRisk = Wiring.set(new AtRiskFlags(), "em", jpa.em(), "register", register, "clock", Wiring.CLOCK);
        var flagged = jpa.tx(() -> atRisk.flags(List.of(a.getId(), b.getId()), sfax));
        assertEquals(Set.of(b.getId()), flagged.keySet());
        assertEquals("At risk in Register, Sfax", flagged.get(b.getId()).get(0).text(java.util.Locale.ENGLISH));
        assertEquals(Map.of(), jpa.tx(() -> atRisk.flags(List.of(b.getId()), kebili)), "nothing of a course out of scope");

        // Certificates: a, who meets the rule, gets one; b does not; the code and the birth year confirm it.
        CertificateService certificates = Wiring.set(new CertificateService(), "em", jpa.em(), "courses", services.courses(),
                "register", register, "clock", Wiring.CLOCK);
        var refusedCertificate = assertThrows(org.masar.shared.domain.BusinessException.class,
                () -> jpa.tx(() -> certificates.issue(c.getId(), List.of(pb), trainer)));
        assertEquals("training.error.certificateNotMet", refusedCertificate.messageKey());
        var issued = jpa.tx(() -> certificates.issue(c.getId(), List.of(pa), trainer));
        assertEquals(1, issued.size());
        assertEquals(9.0, issued.get(0).getHoursAttended(), "three 3-hour sessions, present or late");
        assertEquals(List.of(), jpa.tx(() -> certificates.issue(c.getId(), List.of(pa), trainer)), "issued once");
        assertThrows(org.masar.shared.domain.Forbidden.class, () -> jpa.tx(() -> certificates.printed(c.getId(), null, sfax)),
                "a case worker reads the course but prints nothing");
        var printed = jpa.tx(() -> certificates.printed(c.getId(), null, trainer));
        assertEquals(List.of(pa), printed.stream().map(p -> p.certificate().getParticipant().getId()).toList());
        int born = a.getBeneficiary().getBirthDate().getYear();
        String code = issued.get(0).getCode();
        var verified = jpa.tx(() -> certificates.verify(code.toLowerCase().replace("-", " "), born, "10.1.1.1")).orElseThrow();
        assertEquals("Register, Sfax", verified.courseTitle());
        assertEquals(9.0, verified.hours());
        assertTrue(jpa.tx(() -> certificates.verify(code, born + 1, "10.1.1.1")).isEmpty(), "a wrong year confirms nothing");
        assertTrue(jpa.tx(() -> certificates.verify("ABCDE-FGHJK", born, "10.1.1.1")).isEmpty(), "nor an unknown code");
        for (int i = 3; i < org.masar.training.domain.VerifyThrottle.MAX_CHECKS; i++) {
            jpa.tx(() -> certificates.verify(code, born, "10.1.1.1"));
        }
        assertThrows(CertificateService.TooManyChecks.class, () -> jpa.tx(() -> certificates.verify(code, born, "10.1.1.1")));

        CourseListExport list = Wiring.set(new CourseListExport(), "em", jpa.em(), "courses", services.courses(), "clock", Wiring.CLOCK);
        java.io.ByteArrayOutputStream listed = new java.io.ByteArrayOutputStream();
        jpa.run(() -> list.write(trainer, java.util.Locale.FRENCH, listed));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(listed.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertEquals("Titre", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> titles = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                titles.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertTrue(titles.contains("Register, Sfax"), titles.toString());
            assertFalse(titles.contains("Someone else's course"), "only the courses they teach");
            int at = titles.indexOf("Register, Sfax") + 1;
            int participants = CourseListExport.COLUMNS.columns().stream().map(col -> col.key()).toList().indexOf("participants");
            assertEquals(2, (int) sheet.getRow(at).getCell(participants).getNumericCellValue());
            assertEquals(3, (int) sheet.getRow(at).getCell(participants + 1).getNumericCellValue(), "held");
            assertEquals(4, (int) sheet.getRow(at).getCell(participants + 2).getNumericCellValue(), "planned");
        }
    }

    /**
     * Completing a course: the training's completion criteria bound to attendance and assessment,
     * those who meet the rule are moved by the records (each move on its own), one whose journey
     * cannot complete yet is refused with the reason, one short of the rule is left, and only the
     * one completed receives a certificate.
     */
    @Test
    void completingTheCourseMovesThoseWhoMeetTheRuleByTheirRecordsAndCertifiesThem() {
        Caller admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), manager.scope(), "en");
        CourseRegister register = Wiring.set(new CourseRegister(), "em", jpa.em());
        AttendanceEvidence attendance = Wiring.set(new AttendanceEvidence(), "em", jpa.em(), "register", register);
        AssessmentEvidence assessment = Wiring.set(new AssessmentEvidence(), "em", jpa.em(), "register", register);
        var pipelines = Wiring.pipelines(jpa, attendance, assessment);
        var certifiedStage = jpa.tx(() -> jpa.em().find(Pipeline.class, training.getId()).stage("certified").orElseThrow());
        List<org.masar.pipeline.domain.Criterion> criteria = jpa.tx(() -> jpa.em().find(org.masar.pipeline.domain.Stage.class,
                certifiedStage.getId()).activeCriteria());
        try {
            jpa.run(() -> pipelines.editCriterion(criteria.get(0).getId(), criteria.get(0).getNames(), AttendanceEvidence.KEY, admin));
            jpa.run(() -> pipelines.editCriterion(criteria.get(1).getId(), criteria.get(1).getNames(), AssessmentEvidence.KEY, admin));
            // As the container deploys them: the sources, and the pipelines' reach for a trainer who moves.
            BeneficiaryService reaching = Wiring.set(Wiring.beneficiaries(jpa), "reaches", org.masar.testing.Instances.of(
                    Wiring.set(new org.masar.pipeline.service.EnrolmentReach(), "em", jpa.em())));
            // Each call in a transaction of its own, as the container runs them.
            EnrolmentService perCall = new EnrolmentService() {
                @Override
                public Enrolment find(long id, Caller caller) {
                    return jpa.tx(() -> super.find(id, caller));
                }

                @Override
                public org.masar.pipeline.domain.StageTransition move(long id, MoveCommand command, Caller caller) {
                    return jpa.tx(() -> super.move(id, command, caller));
                }
            };
            EnrolmentService moves = Wiring.set(Wiring.enrolments(jpa, perCall), "evidence",
                    Wiring.evidence(attendance, assessment), "registry", reaching);
            Enrolment a = inTraining(enrolled(training, null), moves);
            Enrolment b = inTraining(enrolled(training, null), moves);
            Enrolment c = enrolled(training, null); // still at its first stage
            Course course = course("Completion, Sfax", 10, "trainer");
            var added = jpa.tx(() -> services.participants().add(course.getId(), List.of(a.getId(), b.getId(), c.getId()),
                    null, trainer)).added();
            for (int i = 0; i < 5; i++) {
                CourseSession s = session(course, LocalDate.now().minusDays(5 - i));
                Mark forB = i < 2 ? Mark.ABSENT : Mark.PRESENT;
                jpa.run(() -> services.attendance().save(s.getId(), s.getVersion(), List.of(
                        new AttendanceService.MarkLine(added.get(0).getId(), Mark.PRESENT),
                        new AttendanceService.MarkLine(added.get(1).getId(), forB),
                        new AttendanceService.MarkLine(added.get(2).getId(), Mark.PRESENT)), trainer));
            }
            // Before: the move screen's evidence says what the records say, in the reader's words.
            var evidence = jpa.tx(() -> attendance.evidence(subject(b)));
            assertFalse(evidence.met());
            assertEquals("Completion, Sfax: attendance 60 % of 5 sessions, rule 80 %", evidence.in(java.util.Locale.ENGLISH));

            CertificateService certificates = Wiring.set(new CertificateService() {
                @Override
                public List<org.masar.training.domain.Certificate> issue(long courseId, List<Long> ids, Caller caller) {
                    return jpa.tx(() -> super.issue(courseId, ids, caller));
                }
            }, "em", jpa.em(), "courses", services.courses(), "register", register, "clock", Wiring.CLOCK);
            CourseCompletion.Completions reads = new CourseCompletion.Completions() {
                @Override
                Course course(long id, Caller caller) {
                    return jpa.tx(() -> super.course(id, caller));
                }

                @Override
                List<ParticipantRow> met(Course c) {
                    return jpa.tx(() -> super.met(c));
                }

                @Override
                org.masar.pipeline.domain.Stage completionStage(Course c) {
                    return jpa.tx(() -> super.completionStage(c));
                }

                @Override
                org.masar.pipeline.domain.EnrolmentStatus status(long enrolmentId) {
                    return jpa.tx(() -> super.status(enrolmentId));
                }
            };
            CourseCompletion completion = Wiring.set(new CourseCompletion(), "bulk",
                    Wiring.set(new org.masar.pipeline.service.BulkMoves(), "enrolments", moves), "certificates", certificates,
                    "completions", Wiring.set(reads, "em", jpa.em(), "courses", services.courses(), "register", register));
            CourseCompletion.Done done = completion.completeMet(course.getId(), trainer);
            assertEquals(Set.of(a.getId(), c.getId()), done.moves().stream().map(m -> m.getEnrolmentId())
                    .collect(java.util.stream.Collectors.toSet()), "b, under the rule, is left");
            assertTrue(done.moves().stream().filter(m -> m.getEnrolmentId() == a.getId()).findFirst().orElseThrow().isMoved());
            var refusedC = done.moves().stream().filter(m -> m.getEnrolmentId() == c.getId()).findFirst().orElseThrow();
            assertFalse(refusedC.isMoved());
            assertEquals("enrolment.error.notAllowed", refusedC.getMessageKey());
            assertEquals(List.of(added.get(0).getId()), done.certificates().stream().map(x -> x.getParticipant().getId()).toList());
            var history = jpa.tx(() -> enrolments.withHistory(a.getId(), manager).history());
            var last = history.get(history.size() - 1);
            assertEquals(org.masar.pipeline.domain.EnrolmentStatus.COMPLETED, last.getStatusAfter());
            assertTrue(last.getCriteria().stream().allMatch(m -> m.getHow() == org.masar.pipeline.domain.CriterionMet.How.EVIDENCE),
                    "met by the records, not ticked");
        } finally {
            jpa.run(() -> pipelines.editCriterion(criteria.get(0).getId(), criteria.get(0).getNames(), null, admin));
            jpa.run(() -> pipelines.editCriterion(criteria.get(1).getId(), criteria.get(1).getNames(), null, admin));
        }
    }

    private static org.masar.pipeline.service.EvidenceSubject subject(Enrolment e) {
        return new org.masar.pipeline.service.EvidenceSubject(e.getId(), e.getBeneficiary().getId(), 0, training.getId(),
                PipelineType.TRAINING, 0);
    }

    /** Moves a new enrolment on to the stage before completion, ticking what each stage asks ({@code moves}: a call, a transaction). */
    private static Enrolment inTraining(Enrolment e, EnrolmentService moves) {
        for (String code : List.of("selected", "in_training")) {
            var to = jpa.tx(() -> jpa.em().find(Pipeline.class, training.getId()).stage(code).orElseThrow());
            Set<Long> ticks = jpa.tx(() -> jpa.em().find(org.masar.pipeline.domain.Stage.class, to.getId()).activeCriteria()
                    .stream().map(org.masar.pipeline.domain.Criterion::getId).collect(java.util.stream.Collectors.toSet()));
            int version = moves.find(e.getId(), manager).getVersion(); // each call in its own transaction
            moves.move(e.getId(), new MoveCommand(MoveCommand.Action.ADVANCE, to.getId(), null, null, version, ticks, null), manager);
        }
        return moves.find(e.getId(), manager);
    }
}
