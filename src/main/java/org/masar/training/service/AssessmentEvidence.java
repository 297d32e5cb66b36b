package org.masar.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.service.EvidenceSource;
import org.masar.pipeline.service.EvidenceSubject;

/**
 * Evidence of the assessment criterion: in a course of the enrolment, the score reaches the pass
 * mark — or the course has no assessment, and there is nothing to pass.
 */
@ApplicationScoped
public class AssessmentEvidence implements EvidenceSource {

    public static final String KEY = "training-assessment";

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseRegister register;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "training.evidence.assessment";
    }

    @Override
    public Evidence evidence(EvidenceSubject subject) {
        List<AttendanceEvidence.Standing> standings = AttendanceEvidence.standings(em, register, subject.enrolmentId());
        if (standings.isEmpty()) {
            return Evidence.unmet(null, null, "training.evidence.noCourse");
        }
        Optional<AttendanceEvidence.Standing> passed = standings.stream().filter(s -> !s.course().getRule().isAssessed()
                || s.row().score() != null && s.row().score() >= s.course().getRule().getPassMark()).findFirst();
        if (passed.isPresent()) {
            var s = passed.get();
            return s.course().getRule().isAssessed()
                    ? Evidence.met("course", s.course().getId(), "training.evidence.scorePassed", s.course().getTitle(),
                            s.row().score(), s.course().getRule().getPassMark())
                    : Evidence.met("course", s.course().getId(), "training.evidence.notAssessed", s.course().getTitle());
        }
        var s = standings.get(0);
        return s.row().score() == null
                ? Evidence.unmet("course", s.course().getId(), "training.evidence.noScore", s.course().getTitle())
                : Evidence.unmet("course", s.course().getId(), "training.evidence.scoreShort", s.course().getTitle(),
                        s.row().score(), s.course().getRule().getPassMark());
    }
}
