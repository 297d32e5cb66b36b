package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.masar.beneficiary.event.PeopleMerged;
import org.masar.beneficiary.event.PersonChanged;
import org.masar.beneficiary.event.PersonRegistered;

/**
 * Keeps the copy of each person's site and taking part on their enrolments (V17) in step with the
 * registry, in the transaction of the change: after an edit, a change of consent or a merge (whose
 * moved enrolments take the kept person's), one statement writes them again from the person's row.
 */
@ApplicationScoped
public class EnrolmentScopes {

    @PersistenceContext
    EntityManager em;

    void changed(@Observes PersonChanged change) {
        if (change instanceof PersonRegistered) {
            return; // no enrolment yet
        }
        List<Long> people = change instanceof PeopleMerged merged ? List.of(merged.personId(), merged.duplicateId())
                : List.of(change.personId());
        em.flush();
        em.createNativeQuery("UPDATE enrolment SET"
                        + " site_id = (SELECT b.site_id FROM beneficiary b WHERE b.id = enrolment.beneficiary_id),"
                        + " taking_part = (SELECT b.taking_part FROM beneficiary b WHERE b.id = enrolment.beneficiary_id)"
                        + " WHERE beneficiary_id IN (?1, ?2)")
                .setParameter(1, people.get(0)).setParameter(2, people.get(people.size() - 1)).executeUpdate();
    }
}
