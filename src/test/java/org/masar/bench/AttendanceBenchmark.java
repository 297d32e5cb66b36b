package org.masar.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.domain.Programme;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.security.service.UserForm;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.testing.Jpa;
import org.masar.testing.People;
import org.masar.testing.PooledDataSource;
import org.masar.testing.SyncEvents;
import org.masar.testing.TestDatabase;
import org.masar.testing.Wiring;
import org.masar.training.domain.CourseSession;
import org.masar.training.domain.Mark;
import org.masar.training.domain.Topic;
import org.masar.training.service.AttendanceRegisterExport;
import org.masar.training.service.AttendanceService;
import org.masar.training.service.CourseForm;
import org.masar.training.service.CourseListExport;
import org.masar.training.service.CourseRegister;
import org.masar.training.service.CourseService;
import org.masar.training.service.ParticipantService;
import org.masar.training.service.SessionForm;
import org.masar.training.service.SessionService;

/**
 * Issue 12's training targets, through the services the pages and the API call, on MariaDB with
 * pooled connections as in the server: a course of 40 participants and 30 sessions (29 taken) —
 * the attendance grid opened and saved (server time, under 300 ms); then the register of that
 * course and the list of 1,000 such courses (1.2 million marks) written as the download does.
 * Prints p50 and p95 of each over {@code -Dbench.repeats} (30) after a warm-up.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.masar.bench.AttendanceBenchmark</pre>
 */
public final class AttendanceBenchmark {

    static final int PARTICIPANTS = 40;
    static final int SESSIONS = 30;

    private AttendanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = Integer.getInteger("bench.repeats", 30);
        int courses = Integer.getInteger("bench.courses", 1000);
        TestDatabase db = TestDatabase.create("attendance");
        try (PooledDataSource pool = new PooledDataSource(db.dataSource()); Jpa jpa = new Jpa(pool)) { // dropped at exit
            var sites = Wiring.sites(jpa);
            var users = Wiring.users(jpa);
            Caller manager = caller(jpa, users, sites, "manager", Role.MANAGER, "TN");
            Caller trainer = caller(jpa, users, sites, "trainer", Role.TRAINER, "TN");
            Programme programme = jpa.tx(() -> {
                Partner lead = Wiring.partners(jpa).save(new org.masar.programme.service.PartnerForm("Lead", PartnerType.NGO, "TN"));
                var form = new org.masar.programme.service.ProgrammeForm();
                form.setCode("TDU");
                form.setName("TRAIT D'union");
                form.setCurrency("EUR");
                form.setLeadPartnerId(lead.getId());
                form.setSiteIds(sites.byCodes(List.of("SFX")).stream().map(Site::getId).toList());
                return Wiring.programmes(jpa).save(form);
            });
            Caller admin = new Caller(0, "admin", "Admin", Set.of(Role.ADMIN), manager.scope(), "en");
            Pipeline training = jpa.tx(() -> Wiring.pipelines(jpa).create(programme.getId(), PipelineType.TRAINING, admin));
            BeneficiaryService registry = Wiring.set(Wiring.beneficiaries(jpa), "lists", new SyncEvents<>());
            EnrolmentService enrolments = Wiring.enrolments(jpa, new EnrolmentService());
            List<Long> enrolled = new ArrayList<>();
            for (int i = 0; i < PARTICIPANTS; i++) {
                var f = People.form("Amal" + i, "Benchmark" + (char) ('A' + i % 26), Sex.F, LocalDate.of(2000, 1, 1 + i % 28), "SFX");
                String code = jpa.tx(() -> registry.register(f, manager, "benchmark people, all different").getCode());
                Enrolment e = jpa.tx(() -> enrolments.enrol(new EnrolForm(code, training.getId(), null, null, null), manager));
                enrolled.add(e.getId());
            }
            CourseService courseService = Wiring.set(new CourseService(), "em", jpa.em());
            SessionService sessions = Wiring.set(new SessionService(), "em", jpa.em(), "courses", courseService);
            CourseRegister register = Wiring.set(new CourseRegister(), "em", jpa.em());
            ParticipantService participants = Wiring.set(new ParticipantService(), "em", jpa.em(), "courses", courseService,
                    "register", register, "registry", registry, "clock", Wiring.CLOCK, "events", new SyncEvents<>());
            AttendanceService attendance = Wiring.set(new AttendanceService(), "em", jpa.em(), "sessions", sessions,
                    "registry", registry, "clock", Wiring.CLOCK, "events", new SyncEvents<>());
            LocalDate today = LocalDate.now();
            long course = jpa.tx(() -> courseService.create(new CourseForm("TDU", "SFX", "Benchmark course", Topic.SOCIAL_ENTERPRISE,
                    false, "fr", 90, today.minusDays(40), today.plusDays(5), PARTICIPANTS, 80, false, null, List.of("trainer")),
                    manager)).getId();
            jpa.run(() -> participants.add(course, enrolled, null, trainer));
            List<Long> people = jpa.tx(() -> participants.list(course, trainer)).stream().map(r -> r.id()).toList();
            List<CourseSession> planned = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                LocalDate day = today.minusDays(SESSIONS - 1 - s);
                planned.add(jpa.tx(() -> sessions.create(course, new SessionForm(day, LocalTime.of(9, 0), LocalTime.of(12, 0),
                        "Sfax", null), manager)));
            }
            Mark[] marks = Mark.values();
            for (int s = 0; s < SESSIONS - 1; s++) {
                CourseSession session = planned.get(s);
                List<AttendanceService.MarkLine> lines = new ArrayList<>();
                for (int p = 0; p < people.size(); p++) {
                    lines.add(new AttendanceService.MarkLine(people.get(p), marks[(p + s) % 7 == 0 ? 3 : (p + s) % 11 == 0 ? 1 : 0]));
                }
                jpa.run(() -> attendance.save(session.getId(), session.getVersion(), lines, trainer));
            }
            long last = planned.get(SESSIONS - 1).getId();
            System.out.printf("A course of %d participants and %d sessions (%d taken)%n%n", PARTICIPANTS, SESSIONS, SESSIONS - 1);
            System.out.printf("%-44s | %8s %8s | %s%n", "through the services (server time)", "p50 ms", "p95 ms", "target");
            report("attendance grid: open", repeats, () -> jpa.tx(() -> attendance.grid(last, trainer)).lines().size(), "< 300 ms");
            int[] flip = {0};
            report("attendance grid: save 40 marks", repeats, () -> jpa.tx(() -> {
                var grid = attendance.grid(last, trainer);
                Mark mark = flip[0]++ % 2 == 0 ? Mark.PRESENT : Mark.LATE;
                List<AttendanceService.MarkLine> lines = people.stream().map(p -> new AttendanceService.MarkLine(p, mark)).toList();
                return attendance.save(last, grid.session().getVersion(), lines, trainer).lines().size();
            }), "< 300 ms");
            AttendanceRegisterExport registerExport = Wiring.set(new AttendanceRegisterExport(), "em", jpa.em(), "courses",
                    courseService, "register", register, "clock", Wiring.CLOCK);
            report("register of the course (.xlsx)", repeats, () -> jpa.tx(() -> registerExport.write(course, trainer,
                    Locale.FRENCH, new ByteArrayOutputStream())), "—");
            copies(pool, course, courses - 1);
            CourseListExport listExport = Wiring.set(new CourseListExport(), "em", jpa.em(), "courses", courseService,
                    "clock", Wiring.CLOCK);
            report("list of " + courses + " courses (.xlsx)", Math.max(5, repeats / 6), () -> jpa.tx(() -> listExport.write(trainer,
                    Locale.FRENCH, OutputStream.nullOutputStream())), "—");
        }
    }

    /** {@code count} more courses like {@code course}: its participants, sessions and marks, copied in SQL. */
    private static void copies(PooledDataSource pool, long course, int count) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO course (programme_id, site_id, title, topic, training_of_trainers, language, planned_hours,"
                    + " start_date, end_date, capacity, min_attendance, assessed, pass_mark, version)"
                    + " SELECT programme_id, site_id, CONCAT(title, ' ', seq), topic, training_of_trainers, language, planned_hours,"
                    + " start_date, end_date, capacity, min_attendance, assessed, pass_mark, 0 FROM course, seq_1_to_" + count
                    + " WHERE id = " + course);
            s.execute("INSERT INTO course_trainer (course_id, user_id) SELECT c.id, t.user_id FROM course c, course_trainer t"
                    + " WHERE c.id <> " + course + " AND t.course_id = " + course);
            s.execute("INSERT INTO course_participant (course_id, enrolment_id, joined_on, added_by, added_at, version)"
                    + " SELECT c.id, p.enrolment_id, p.joined_on, p.added_by, p.added_at, 0 FROM course c, course_participant p"
                    + " WHERE c.id <> " + course + " AND p.course_id = " + course);
            s.execute("INSERT INTO course_session (course_id, session_date, start_time, end_time, place, taken_at, taken_by,"
                    + " grid_saves, version) SELECT c.id, x.session_date, x.start_time, x.end_time, x.place, x.taken_at,"
                    + " x.taken_by, 1, 1 FROM course c, course_session x WHERE c.id <> " + course + " AND x.course_id = " + course);
            s.execute("INSERT INTO attendance_mark (session_id, participant_id, mark)"
                    + " SELECT ns.id, np.id, m.mark FROM attendance_mark m"
                    + " JOIN course_session os ON os.id = m.session_id JOIN course_participant op ON op.id = m.participant_id"
                    + " JOIN course_session ns ON ns.course_id <> " + course + " AND ns.session_date = os.session_date"
                    + " JOIN course_participant np ON np.course_id = ns.course_id AND np.enrolment_id = op.enrolment_id"
                    + " WHERE os.course_id = " + course);
            s.execute("ANALYZE TABLE course, course_participant, course_session, attendance_mark");
        }
    }

    private static void report(String name, int repeats, Supplier<Integer> run, String target) {
        for (int i = 0; i < 3; i++) {
            run.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            run.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-44s | %8.1f %8.1f | %s%n", name, ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), target);
    }

    private static Caller caller(Jpa jpa, org.masar.security.service.UserService users, org.masar.site.service.SiteService sites,
                                 String name, Role role, String site) {
        UserForm form = new UserForm();
        form.setUsername(name);
        form.setFullName(name);
        form.setEmail(name + "@example.org");
        form.setRoles(List.of(role));
        form.setSiteIds(sites.byCodes(List.of(site)).stream().map(Site::getId).toList());
        form.setNewPassword("a-long-password");
        long id = jpa.tx(() -> users.save(form, "admin").getId());
        return new Caller(id, name, name, Set.of(role), Scope.of(jpa.tx(() -> sites.byCodes(List.of(site)))), "en");
    }
}
