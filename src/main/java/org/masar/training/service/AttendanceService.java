package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.service.BeneficiaryAccess;
import org.masar.beneficiary.service.BeneficiaryService;
import org.masar.security.service.Caller;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.DomainEvent;
import org.masar.shared.domain.InvalidInput;
import org.masar.training.domain.AttendanceMark;
import org.masar.training.domain.Course;
import org.masar.training.domain.CourseSession;
import org.masar.training.domain.Mark;
import org.masar.training.domain.Participant;
import org.masar.training.event.AttendanceSaved;

/**
 * A session's attendance grid: read whole, saved whole. A save quotes the session's version; the
 * session is locked for the save, so of two trainers saving the same grid at once the second waits
 * for the first and is then refused as stale ({@link GridChanged}), with nothing of theirs applied:
 * they see the grid as it now stands and mark again. No mark is ever lost silently; marks are not
 * merged, since two trainers who marked the same person differently must see the other's mark.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionService sessions;

    @Inject
    BeneficiaryService registry;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> events;

    /** A grid line: a participant (code and names only) and their mark at the session, null when none yet. */
    public record Line(long participantId, String code, String firstName, String lastName, Mark mark) {
    }

    /** The grid: the session (with its version, to quote when saving) and a line per participant. */
    public record Grid(CourseSession session, List<Line> lines) {
    }

    /** A mark to save: the participant and their mark. */
    public record MarkLine(Long participantId, Mark mark) {
    }

    /** The grid as the caller may see it, told to the audit trail as a list of people. */
    public Grid grid(long sessionId, Caller caller) {
        CourseSession s = sessions.find(sessionId, caller);
        Grid grid = read(s, caller);
        registry.listed("session " + s.getId() + " attendance", grid.lines().size(), caller);
        return grid;
    }

    /**
     * Saves the marks of the grid from the session version the caller saw; participants not in
     * {@code marks} keep theirs. Refused when the session is after today at the course's site.
     */
    public Grid save(long sessionId, int version, List<MarkLine> marks, Caller caller) {
        CourseSession s = sessions.find(sessionId, caller);
        Course c = s.getCourse();
        TrainingAccess.requireEdit(caller, c);
        // Locking refreshes the session: the version compared is the one under the lock.
        em.lock(s, LockModeType.PESSIMISTIC_WRITE);
        if (s.getVersion() != version) {
            throw new GridChanged(s.getVersion());
        }
        if (s.getDate().isAfter(c.getSite().today(clock))) {
            throw new BusinessException("training.error.sessionAhead");
        }
        Map<Long, Mark> wanted = wanted(marks);
        Map<Long, Participant> participants = new HashMap<>();
        boolean withdrawn = BeneficiaryAccess.seesWithdrawn(caller);
        em.createQuery("select p from Participant p join fetch p.enrolment e join fetch e.beneficiary where p.course = :c",
                        Participant.class)
                .setParameter("c", c).getResultList().stream()
                .filter(p -> withdrawn || p.getEnrolment().getBeneficiary().takesPart())
                .forEach(p -> participants.put(p.getId(), p));
        if (!participants.keySet().containsAll(wanted.keySet())) {
            throw InvalidInput.of("marks", "training.error.participant");
        }
        Map<Long, AttendanceMark> existing = new HashMap<>();
        em.createQuery("select m from AttendanceMark m where m.session = :s", AttendanceMark.class)
                .setParameter("s", s).getResultList().forEach(m -> existing.put(m.getParticipant().getId(), m));
        List<AttendanceSaved.Change> changes = new ArrayList<>();
        wanted.forEach((id, mark) -> {
            AttendanceMark kept = existing.get(id);
            Mark before = kept == null ? null : kept.getMark();
            if (kept == null) {
                em.persist(new AttendanceMark(s, participants.get(id), mark));
            } else {
                kept.mark(mark);
            }
            if (before != mark) {
                var person = participants.get(id).getEnrolment().getBeneficiary();
                changes.add(new AttendanceSaved.Change(person.getId(), person.getCode(),
                        before == null ? null : before.name(), mark.name()));
            }
        });
        LocalDateTime now = LocalDateTime.now(clock);
        s.attendanceTaken(caller.username(), now);
        em.flush();
        events.fire(new AttendanceSaved(c.getId(), s.getId(), changes, caller.username(), now));
        return read(s, caller);
    }

    private static Map<Long, Mark> wanted(List<MarkLine> marks) {
        Map<Long, Mark> wanted = new LinkedHashMap<>();
        for (MarkLine line : marks == null ? List.<MarkLine>of() : marks) {
            if (line == null || line.participantId() == null || line.mark() == null
                    || wanted.put(line.participantId(), line.mark()) != null) {
                throw InvalidInput.of("marks", "training.error.marks");
            }
        }
        return wanted;
    }

    private Grid read(CourseSession s, Caller caller) {
        boolean withdrawn = BeneficiaryAccess.seesWithdrawn(caller);
        Map<Long, Mark> marks = new HashMap<>();
        em.createQuery("select m.participant.id, m.mark from AttendanceMark m where m.session = :s", Object[].class)
                .setParameter("s", s).getResultList().forEach(r -> marks.put((Long) r[0], (Mark) r[1]));
        List<Line> lines = em.createQuery("select p.id, b.code, b.firstName, b.lastName, b.takingPart from Participant p"
                        + " join p.enrolment e join e.beneficiary b where p.course = :c order by b.lastName, b.firstName, p.id",
                        Object[].class)
                .setParameter("c", s.getCourse()).getResultList().stream()
                .filter(r -> withdrawn || (Boolean) r[4])
                .map(r -> new Line((Long) r[0], (String) r[1], (String) r[2], (String) r[3], marks.get((Long) r[0])))
                .toList();
        return new Grid(s, lines);
    }

    /** Someone saved the grid after the caller opened it; nothing of the caller's was applied. */
    public static final class GridChanged extends ConcurrentChange {
        private final int current;

        GridChanged(int current) {
            super("training.error.gridChanged");
            this.current = current;
        }

        @Override
        public Map<String, Object> extras() {
            return Map.of("current", Map.of("version", current));
        }
    }
}
