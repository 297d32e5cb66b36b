package org.masar.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.service.EvidenceSource;
import org.masar.pipeline.service.EvidenceSubject;

/**
 * A test-only evidence source deployed beside Masar in {@link EvidenceContainerIT}, as a module
 * would deploy its own; no Masar class knows it. Its records meet the criterion of a person whose
 * first name starts with "Present" and of nobody else; its keys are of no bundle.
 */
@ApplicationScoped
public class AttendanceProbe implements EvidenceSource {

    public static final String KEY = "probe.attendance";

    @PersistenceContext
    EntityManager em;

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String nameKey() {
        return "probe.attendance.name";
    }

    @Override
    public Evidence evidence(EvidenceSubject subject) {
        Beneficiary person = em.find(Beneficiary.class, subject.personId());
        return person.getFirstName().startsWith("Present")
                ? Evidence.met("probe.course", 7, "probe.attendance.met", 86, 14, 80)
                : Evidence.unmet("probe.course", 7L, "probe.attendance.short", 40, 14, 80);
    }
}
