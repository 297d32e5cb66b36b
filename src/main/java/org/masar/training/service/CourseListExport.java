package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.masar.security.domain.AppUser;
import org.masar.security.service.Caller;
import org.masar.security.service.Download;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.ColumnTable;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;
import org.masar.training.domain.Course;

/**
 * The courses the caller sees as an .xlsx (/download/courses.xlsx), in the list's order, read a
 * page at a time: what each course is, its rule, who teaches it, how full it is and how far along.
 * No person's data: counts only.
 */
@ApplicationScoped
@Transactional
public class CourseListExport implements Download {

    static final int CHUNK = 200;

    /** A course with its counts, as a row of the export. */
    public record Line(Course course, long participants, long held, long planned) {
    }

    public static final ColumnTable<Line> COLUMNS = ColumnTable.<Line>of("training.courses.column.")
            .text("title", 32, (l, c) -> l.course().getTitle())
            .text("topic", 18, (l, c) -> Texts.get(c.locale(), "training.topic." + l.course().getTopic().name()))
            .bool("trainingOfTrainers", (l, c) -> l.course().isTrainingOfTrainers())
            .text("programme", 12, (l, c) -> l.course().getProgramme().getCode())
            .text("site", 16, (l, c) -> l.course().getSite().name(c.locale()))
            .text("language", 8, (l, c) -> l.course().getLanguage())
            .date("startDate", (l, c) -> l.course().getStartDate())
            .date("endDate", (l, c) -> l.course().getEndDate())
            .number("plannedHours", (l, c) -> l.course().getPlannedHours())
            .number("minAttendance", (l, c) -> l.course().getRule().getMinAttendance())
            .number("passMark", (l, c) -> l.course().getRule().getPassMark())
            .number("capacity", (l, c) -> l.course().getCapacity())
            .number("participants", (l, c) -> l.participants())
            .number("held", (l, c) -> l.held())
            .number("planned", (l, c) -> l.planned())
            .text("trainers", 24, (l, c) -> l.course().getTrainers().stream().map(AppUser::getUsername).sorted()
                    .collect(Collectors.joining(", ")))
            .build();

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "courses";
    }

    @Override
    public boolean permits(Caller caller) {
        return TrainingAccess.canSee(caller);
    }

    @Override
    public Prepared prepare(Map<String, String> parameters, Caller caller, Locale locale) {
        return out -> write(caller, locale, out);
    }

    /** Writes every course the caller sees; returns how many. */
    public int write(Caller caller, Locale locale, OutputStream out) {
        try (StreamedWorkbook workbook = new StreamedWorkbook()) {
            var sheet = workbook.sheet(Texts.get(locale, "training.courses.sheet"), COLUMNS, new Column.Context(locale, clock));
            for (int first = 0; ; first += CHUNK) {
                Page<Course> page = courses.page(new PageRequest(first, CHUNK, "startDate", true, Map.of()), caller);
                counts(page.rows()).forEach(sheet::add);
                em.clear();
                if (page.rows().size() < CHUNK) {
                    break;
                }
            }
            sheet.finish();
            workbook.write(out);
            return sheet.rows();
        }
    }

    /** The chunk's courses with their participants and sessions counted, in two queries. */
    private List<Line> counts(List<Course> chunk) {
        if (chunk.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> participants = new HashMap<>();
        em.createQuery("select p.course.id, count(p) from Participant p where p.course in :c group by p.course.id", Object[].class)
                .setParameter("c", chunk).getResultList().forEach(r -> participants.put((Long) r[0], (Long) r[1]));
        Map<Long, long[]> sessions = new HashMap<>();
        em.createQuery("select s.course.id, s.takenAt from CourseSession s where s.course in :c", Object[].class)
                .setParameter("c", chunk).getResultList().forEach(r -> {
                    long[] n = sessions.computeIfAbsent((Long) r[0], k -> new long[2]);
                    n[0] += r[1] == null ? 0 : 1;
                    n[1]++;
                });
        return chunk.stream().map(c -> {
            long[] n = sessions.getOrDefault(c.getId(), new long[2]);
            return new Line(c, participants.getOrDefault(c.getId(), 0L), n[0], n[1]);
        }).toList();
    }
}
