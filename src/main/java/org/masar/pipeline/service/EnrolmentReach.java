package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.PersonReach;
import org.masar.pipeline.domain.PipelineType;
import org.masar.security.service.Caller;

/**
 * A trainer, a coach or a loan officer reaches a person through an enrolment, of any status, in a
 * pipeline of a type they work: the trainer the people of TRAINING, the loan officer those of
 * MICROCREDIT (a trainer keeps it: filling a course takes seeing the programme's TRAINING enrolments).
 */
@ApplicationScoped
@Transactional
public class EnrolmentReach implements PersonReach {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean reaches(Caller caller, Beneficiary person) {
        Set<PipelineType> types = CaseWorkAccess.types(caller);
        return !types.isEmpty() && !em.createQuery("select e.id from Enrolment e where e.beneficiary.id = :id"
                        + " and e.pipeline.type in :types", Long.class)
                .setParameter("id", person.getId()).setParameter("types", types)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
