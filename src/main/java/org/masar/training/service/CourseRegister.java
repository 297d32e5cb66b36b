package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.training.domain.Course;
import org.masar.training.domain.Mark;
import org.masar.training.domain.Tally;

/**
 * A course's register read in three queries (participants, sessions, marks) and its rates worked
 * out from them: which held sessions count for whom, each participant's tally, the rule met, at
 * risk. Reads only what the list shows of a person: code and names.
 */
@ApplicationScoped
@Transactional
public class CourseRegister {

    @PersistenceContext
    EntityManager em;

    /** A session as the rates need it: when, and whether held. */
    public record SessionDay(long id, LocalDate date, boolean held) {
    }

    /** The participants in name order, with rates; those who withdrew their consent only when {@code withdrawn}. */
    public List<ParticipantRow> rows(Course c, boolean withdrawn) {
        return read(c, withdrawn, null);
    }

    /** One participant's row, read alone (their marks only), whether or not they withdrew; none when not in the course. */
    public java.util.Optional<ParticipantRow> row(Course c, long participantId) {
        return read(c, true, participantId).stream().findFirst();
    }

    private List<ParticipantRow> read(Course c, boolean withdrawn, Long only) {
        String one = only == null ? "" : " and p.id = :only";
        var peopleQuery = em.createQuery("select p.id, e.id, b.code, b.firstName, b.lastName, p.joinedOn, p.score,"
                        + " p.version, b.takingPart from Participant p join p.enrolment e join e.beneficiary b"
                        + " where p.course = :c" + one + " order by b.lastName, b.firstName, p.id", Object[].class)
                .setParameter("c", c);
        List<Object[]> people = (only == null ? peopleQuery : peopleQuery.setParameter("only", only)).getResultList();
        if (people.isEmpty()) {
            return List.of();
        }
        List<SessionDay> sessions = em.createQuery("select s.id, s.date, s.takenAt from CourseSession s where s.course = :c",
                        Object[].class)
                .setParameter("c", c).getResultList().stream()
                .map(r -> new SessionDay((Long) r[0], (LocalDate) r[1], r[2] != null)).toList();
        Map<Long, Map<Long, Mark>> marks = new HashMap<>();
        var marksQuery = em.createQuery("select m.participant.id, m.session.id, m.mark from AttendanceMark m"
                        + " where m.session.course = :c" + (only == null ? "" : " and m.participant.id = :only"), Object[].class)
                .setParameter("c", c);
        (only == null ? marksQuery : marksQuery.setParameter("only", only)).getResultList()
                .forEach(r -> marks.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((Long) r[1], (Mark) r[2]));
        int remaining = (int) sessions.stream().filter(s -> !s.held()).count();
        List<ParticipantRow> rows = new ArrayList<>();
        for (Object[] p : people) {
            if (!withdrawn && !(Boolean) p[8]) {
                continue;
            }
            long id = (Long) p[0];
            Tally tally = tally(sessions, (LocalDate) p[5], marks.getOrDefault(id, Map.of()));
            Integer score = (Integer) p[6];
            rows.add(new ParticipantRow(id, (Long) p[1], (String) p[2], (String) p[3], (String) p[4], (LocalDate) p[5],
                    score, tally, tally.percent(), c.getRule().met(tally, score), c.getRule().atRisk(tally, remaining),
                    (Integer) p[7]));
        }
        return rows;
    }

    /** What a course list shows of each course: its participants, and its sessions held and planned. */
    public record Counts(long participants, long held, long planned) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }

    /** The counts of these courses, in two grouped queries; a course without participants or sessions has none. */
    public Map<Long, Counts> counts(java.util.Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> people = new HashMap<>();
        em.createQuery("select p.course.id, count(p) from Participant p where p.course.id in :ids group by p.course.id",
                        Object[].class)
                .setParameter("ids", courseIds).getResultList().forEach(r -> people.put((Long) r[0], (Long) r[1]));
        Map<Long, Counts> counts = new HashMap<>();
        em.createQuery("select s.course.id, count(s), count(s.takenAt) from CourseSession s where s.course.id in :ids"
                        + " group by s.course.id", Object[].class)
                .setParameter("ids", courseIds).getResultList()
                .forEach(r -> counts.put((Long) r[0], new Counts(people.getOrDefault((Long) r[0], 0L), (Long) r[2], (Long) r[1])));
        people.forEach((id, n) -> counts.putIfAbsent(id, new Counts(n, 0, 0)));
        return counts;
    }

    /**
     * A participant's tally over the held sessions: every mark given counts; a held session left
     * unmarked counts as absent, unless it took place before the participant joined.
     */
    static Tally tally(List<SessionDay> sessions, LocalDate joinedOn, Map<Long, Mark> marks) {
        List<Mark> counted = new ArrayList<>();
        for (SessionDay s : sessions) {
            if (!s.held()) {
                continue;
            }
            Mark m = marks.get(s.id());
            if (m != null || !s.date().isBefore(joinedOn)) {
                counted.add(m);
            }
        }
        return Tally.of(counted);
    }
}
