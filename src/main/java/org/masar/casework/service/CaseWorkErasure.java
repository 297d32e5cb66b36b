package org.masar.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.event.PersonErased;

/** Case work's part of an erasure: the text of every note and follow-up about the person goes; who and when stay. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseWorkErasure {

    @PersistenceContext
    EntityManager em;

    void erased(@Observes PersonErased e) {
        em.createQuery("update CaseNote n set n.text = :erased where n.beneficiaryId in :ids")
                .setParameter("erased", Beneficiary.ERASED).setParameter("ids", e.personIds()).executeUpdate();
        em.createQuery("update FollowUp f set f.title = :erased where f.beneficiaryId in :ids")
                .setParameter("erased", Beneficiary.ERASED).setParameter("ids", e.personIds()).executeUpdate();
    }
}
