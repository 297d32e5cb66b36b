package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Sex;
import org.masar.programme.service.ProgrammeService;
import org.masar.programme.service.ProgrammeView;
import org.masar.security.service.Caller;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.domain.InvalidInput;
import org.masar.training.domain.Mark;

/**
 * Training in figures: per programme, the courses of the caller's sites that start in the period,
 * the sessions held and their hours, and their participants by sex and age band, those who met
 * the rule, the certificates and the training-of-trainers places — all added up in the database,
 * in five grouped queries, without reading a person. People who withdrew their consent to take
 * part are counted (counts only). Figures are no read of anyone's record: nothing is audited, as
 * for the funnel.
 */
@ApplicationScoped
@Transactional
public class TrainingFigures {

    private static final List<AgeBand> DONOR_BANDS = List.of(AgeBand.A15_17, AgeBand.A18_24, AgeBand.A25_35,
            AgeBand.A36_64);

    /**
     * Met the rule, as {@link org.masar.training.domain.CompletionRule} and {@link CourseRegister#tally}
     * have it, worked out per participant in the database: sessions attended (PRESENT, LATE),
     * against those counted — every held session marked but EXCUSED, and every held session on or
     * after the day they joined left unmarked — and, when assessed, the score.
     */
    private static final String ATTENDED = "(select count(m1) from AttendanceMark m1 where m1.participant = p"
            + " and m1.session.takenAt is not null and m1.mark in :attended)";
    private static final String COUNTED = "((select count(m2) from AttendanceMark m2 where m2.participant = p"
            + " and m2.session.takenAt is not null and m2.mark <> :excused)"
            + " + (select count(s3) from CourseSession s3 where s3.course = c and s3.takenAt is not null"
            + " and s3.date >= p.joinedOn and not exists (select m3 from AttendanceMark m3"
            + " where m3.session = s3 and m3.participant = p)))";
    private static final String MET = COUNTED + " > 0 and " + ATTENDED + " * 100 >= c.rule.minAttendance * " + COUNTED
            + " and (c.rule.assessed = false or p.score >= c.rule.passMark)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeService programmes;

    @Inject
    Clock clock;

    /**
     * The figures as this caller may see them: real for those who see every course of their sites
     * (managers, administrators, case workers), small cells hidden for everyone else let in — a
     * donor, also when the account has another role besides.
     */
    public FiguresTable table(FiguresFilter filter, Caller caller) {
        return new FiguresTable(counts(filter, caller), TrainingAccess.seesSites(caller));
    }

    /** The programmes' counts, by programme code; a programme without a course in reach and in the period has no row. */
    public List<ProgrammeCounts> counts(FiguresFilter filter, Caller caller) {
        TrainingAccess.requireFigures(caller);
        check(filter, caller);
        if (caller.scope().isEmpty()) {
            return List.of();
        }
        Where where = new Where(filter, caller);
        Map<String, Tallies> byProgramme = new LinkedHashMap<>();
        for (Object[] r : where.query("select c.programme.code, c.programme.name, count(c) from Course c where "
                + where + " group by c.programme.code, c.programme.name order by c.programme.code").getResultList()) {
            byProgramme.put((String) r[0], new Tallies((String) r[1], (Long) r[2]));
        }
        if (byProgramme.isEmpty()) {
            return List.of();
        }
        // Sessions held, by their times: a few distinct slots per programme, their minutes added up here.
        for (Object[] r : where.query("select c.programme.code, s.startTime, s.endTime, count(s) from CourseSession s"
                + " join s.course c where s.takenAt is not null and " + where
                + " group by c.programme.code, s.startTime, s.endTime").getResultList()) {
            Tallies t = byProgramme.get((String) r[0]);
            long n = (Long) r[3];
            t.sessionsHeld += n;
            t.minutes += n * Duration.between((LocalTime) r[1], (LocalTime) r[2]).toMinutes();
        }
        LocalDate today = caller.scope().today(clock);
        StringBuilder bands = new StringBuilder();
        for (int i = 0; i < DONOR_BANDS.size(); i++) {
            bands.append(", sum(case when b.birthDate between :from").append(i).append(" and :until").append(i)
                    .append(" then 1 else 0 end)");
        }
        TypedQuery<Object[]> people = where.query("select c.programme.code, b.sex, count(p)" + bands
                + ", sum(case when c.trainingOfTrainers = true then 1 else 0 end)"
                + " from Participant p join p.course c join p.enrolment e join e.beneficiary b where " + where
                + " group by c.programme.code, b.sex");
        for (int i = 0; i < DONOR_BANDS.size(); i++) {
            people.setParameter("from" + i, DONOR_BANDS.get(i).bornFrom(today))
                    .setParameter("until" + i, DONOR_BANDS.get(i).bornUntil(today));
        }
        for (Object[] r : people.getResultList()) {
            Tallies t = byProgramme.get((String) r[0]);
            long[] bySex = r[1] == Sex.F ? t.women : t.men;
            for (int i = 0; i < bySex.length; i++) {
                bySex[i] += number(r[2 + i]);
            }
            t.trainingOfTrainers += number(r[2 + bySex.length]);
        }
        for (Object[] r : where.query("select c.programme.code, count(x) from Certificate x join x.participant p"
                + " join p.course c where " + where + " group by c.programme.code").getResultList()) {
            byProgramme.get((String) r[0]).certificates = (Long) r[1];
        }
        for (Object[] r : where.query("select c.programme.code, count(p) from Participant p join p.course c where "
                        + where + " and " + MET + " group by c.programme.code")
                .setParameter("attended", List.of(Mark.PRESENT, Mark.LATE)).setParameter("excused", Mark.EXCUSED)
                .getResultList()) {
            byProgramme.get((String) r[0]).met = (Long) r[1];
        }
        List<ProgrammeCounts> counts = new ArrayList<>();
        byProgramme.forEach((code, t) -> counts.add(t.counts(code)));
        return counts;
    }

    /** A programme named must be one of those the caller sees; a period must not end before it starts. */
    private void check(FiguresFilter filter, Caller caller) {
        Map<String, String> problems = new LinkedHashMap<>();
        String code = filter.programmeCode();
        if (code != null && programmes.visibleTo(caller.scope()).stream().noneMatch(p -> p.getCode().equals(code))) {
            problems.put("programme", "training.error.programme");
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            problems.put("to", "training.error.endBeforeStart");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The programmes the caller may choose among, for the page's filter. */
    public List<ProgrammeView> programmeChoices(Caller caller) {
        TrainingAccess.requireFigures(caller);
        return programmes.visibleTo(caller.scope());
    }

    /** A sum of cases, which databases answer as a long, a decimal or null over no row. */
    private static long number(Object n) {
        return n == null ? 0 : ((Number) n).longValue();
    }

    /** The conditions every query shares, on the course {@code c}: in scope, of the programme, starting in the period. */
    private final class Where {
        private final String text;
        private final Map<String, Object> parameters = new HashMap<>();

        Where(FiguresFilter filter, Caller caller) {
            List<String> inScope = new ArrayList<>();
            for (String root : caller.scope().rootPaths()) {
                inScope.add("c.site.path like :root" + inScope.size());
                parameters.put("root" + (inScope.size() - 1), PagedQuery.likePrefix(root));
            }
            StringBuilder all = new StringBuilder("(").append(String.join(" or ", inScope)).append(")");
            if (filter.programmeCode() != null) {
                all.append(" and c.programme.code = :programme");
                parameters.put("programme", filter.programmeCode());
            }
            if (filter.from() != null) {
                all.append(" and c.startDate >= :periodFrom");
                parameters.put("periodFrom", filter.from());
            }
            if (filter.to() != null) {
                all.append(" and c.startDate <= :periodTo");
                parameters.put("periodTo", filter.to());
            }
            text = all.toString();
        }

        TypedQuery<Object[]> query(String jpql) {
            TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
            parameters.forEach(q::setParameter);
            return q;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** One programme's counts while the queries add them up. */
    private static final class Tallies {
        private final String name;
        private final long courses;
        private long sessionsHeld;
        private long minutes;
        /** Participants, then the four donors' bands. */
        private final long[] women = new long[1 + DONOR_BANDS.size()];
        private final long[] men = new long[1 + DONOR_BANDS.size()];
        private long trainingOfTrainers;
        private long certificates;
        private long met;

        Tallies(String name, long courses) {
            this.name = name;
            this.courses = courses;
        }

        ProgrammeCounts counts(String code) {
            return new ProgrammeCounts(code, name, courses, sessionsHeld, minutes, women[0], men[0], women[1] + men[1],
                    women[2] + men[2], women[3] + men[3], women[4] + men[4], met, certificates, trainingOfTrainers);
        }
    }
}
