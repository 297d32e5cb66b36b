package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.security.service.Caller;
import org.masar.security.service.Download;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.ColumnTable;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.LocalDates;
import org.masar.shared.i18n.Texts;
import org.masar.training.domain.Course;
import org.masar.training.domain.Mark;

/**
 * A course's attendance register as an .xlsx (/download/attendance-register.xlsx?course=ID): one
 * row per participant — code and names, as a trainer sees them — with their tally, rate, rule met
 * and at risk, then one column per session in date order holding the mark, and a last row with
 * each session's attendance. The course is found as the caller may see it; out of reach, unknown.
 */
@ApplicationScoped
@Transactional
public class AttendanceRegisterExport implements Download {

    public static final ColumnTable<ParticipantRow> COLUMNS = ColumnTable.<ParticipantRow>of("training.register.column.")
            .text("code", 14, (r, c) -> r.code())
            .text("lastName", 20, (r, c) -> r.lastName())
            .text("firstName", 16, (r, c) -> r.firstName())
            .date("joinedOn", (r, c) -> r.joinedOn())
            .number("present", (r, c) -> r.tally().present())
            .number("late", (r, c) -> r.tally().late())
            .number("excused", (r, c) -> r.tally().excused())
            .number("absent", (r, c) -> r.tally().absent())
            .number("rate", (r, c) -> r.rate())
            .bool("met", (r, c) -> r.met())
            .bool("atRisk", (r, c) -> r.atRisk())
            .number("score", (r, c) -> r.score())
            .build();

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    CourseRegister register;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "attendance-register";
    }

    @Override
    public boolean permits(Caller caller) {
        return TrainingAccess.canSee(caller);
    }

    @Override
    public Prepared prepare(Map<String, String> parameters, Caller caller, Locale locale) {
        long id = courseId(parameters.get("course"));
        // Found here, before the file starts: a course out of reach answers 404 as an unknown one, not a failed write.
        courses.find(id, caller);
        return out -> write(id, caller, locale, out);
    }

    static long courseId(String typed) {
        try {
            return Long.parseLong(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("course", "training.error.courseParameter");
        }
    }

    /** Writes the register of the course; returns the participants written. */
    public int write(long courseId, Caller caller, Locale locale, OutputStream out) {
        Course course = courses.find(courseId, caller);
        List<Object[]> sessions = em.createQuery("select s.id, s.date, s.startTime from CourseSession s where s.course = :c"
                + " order by s.date, s.startTime, s.id", Object[].class).setParameter("c", course).getResultList();
        Map<Long, Map<Long, Mark>> marks = new HashMap<>();
        em.createQuery("select m.participant.id, m.session.id, m.mark from AttendanceMark m where m.session.course = :c",
                        Object[].class).setParameter("c", course).getResultList()
                .forEach(r -> marks.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (Mark) r[2]));
        List<ParticipantRow> rows = register.rows(course, BeneficiaryAccess.seesWithdrawn(caller));
        List<String> labels = new ArrayList<>(COLUMNS.headers(locale));
        sessions.forEach(s -> labels.add(LocalDates.format((java.time.LocalDate) s[1], locale) + " " + s[2].toString().substring(0, 5)));
        int[] widths = java.util.stream.IntStream.concat(java.util.Arrays.stream(COLUMNS.widths()),
                java.util.stream.IntStream.generate(() -> 12).limit(sessions.size())).toArray();
        int fixed = COLUMNS.columns().size();
        int[] attended = new int[sessions.size()];
        try (StreamedWorkbook workbook = new StreamedWorkbook()) {
            var sheet = workbook.sheet(sheetName(course), labels, widths, COLUMNS, new Column.Context(locale, clock));
            for (ParticipantRow p : rows) {
                Row row = sheet.add(p);
                Map<Long, Mark> theirs = marks.getOrDefault(p.id(), Map.of());
                for (int i = 0; i < sessions.size(); i++) {
                    Mark m = theirs.get((Long) sessions.get(i)[0]);
                    if (m != null) {
                        row.createCell(fixed + i).setCellValue(Texts.get(locale, "training.mark." + m.name()));
                        attended[i] += m == Mark.PRESENT || m == Mark.LATE ? 1 : 0;
                    }
                }
            }
            Row total = sheet.extra();
            total.createCell(0).setCellValue(Texts.get(locale, "training.register.attended"));
            for (int i = 0; i < attended.length; i++) {
                total.createCell(fixed + i).setCellValue(attended[i]);
            }
            workbook.write(out);
            return rows.size();
        }
    }

    /** The course's title, as a sheet may be named (31 characters, none of : \ / ? * [ ]). */
    static String sheetName(Course course) {
        String name = course.getTitle().replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return name.isEmpty() ? "course " + course.getId() : name.substring(0, Math.min(31, name.length()));
    }
}
