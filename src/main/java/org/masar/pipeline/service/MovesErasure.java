package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.masar.beneficiary.event.PersonErased;

/**
 * The pipelines' part of an erasure: enrolments and every move stay (the counts need them), the
 * free text written with a move about the person (its note, an override's reason) goes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MovesErasure {

    @PersistenceContext
    EntityManager em;

    void erased(@Observes PersonErased e) {
        em.createQuery("update StageTransition t set t.note = null, t.overrideReason = null where t.enrolment.id in"
                        + " (select x.id from Enrolment x where x.beneficiary.id in :ids)")
                .setParameter("ids", e.personIds()).executeUpdate();
    }
}
