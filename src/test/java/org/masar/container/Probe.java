package org.masar.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Test deployment only: counts what a test needs to see in the database, through the server's own persistence unit. */
@ApplicationScoped
@Transactional
public class Probe {

    @PersistenceContext
    EntityManager em;

    public long people(String lastName) {
        return em.createQuery("select count(b) from Beneficiary b where b.lastName = :n", Long.class)
                .setParameter("n", lastName).getSingleResult();
    }

    public long historyLines(String lastName) {
        return em.createQuery("select count(e) from BeneficiaryEvent e, Beneficiary b where e.beneficiaryId = b.id"
                + " and b.lastName = :n", Long.class).setParameter("n", lastName).getSingleResult();
    }
}
