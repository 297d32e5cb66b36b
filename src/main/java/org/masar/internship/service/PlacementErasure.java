package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Collectors;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.event.PersonErased;

/**
 * Internships' part of an erasure: the person's scans are deleted; what was written about them —
 * the learning agreement's texts, the changes agreed, the host's evaluation, the certificate's
 * reference, the reason of an interruption, a visa's number and type, a policy's number — goes.
 * Who did what and when, the dates, the documents' states and the outcome stay: the counts and the
 * host's history need them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlacementErasure {

    /** The texts of a placement that go, each replaced by the erased mark where there was one. */
    private static final List<String> TEXTS = List.of("programme", "learningOutcomes", "monitoringPlan", "evaluationPlan",
            "hostEvaluation", "certificate", "outcomeReason");

    @PersistenceContext
    EntityManager em;

    void erased(@Observes PersonErased e) {
        List<Long> placements = em.createQuery("select p.id from Placement p where p.enrolment.beneficiary.id in :ids",
                Long.class).setParameter("ids", e.personIds()).getResultList();
        if (placements.isEmpty()) {
            return;
        }
        List<Long> scans = em.createQuery("select d.scanId from PlacementDocument d where d.placement.id in :p"
                + " and d.scanId is not null", Long.class).setParameter("p", placements).getResultList();
        em.createQuery("update PlacementDocument d set d.scanId = null, d.number = null, d.type = null"
                + " where d.placement.id in :p").setParameter("p", placements).executeUpdate();
        if (!scans.isEmpty()) {
            em.createQuery("delete from Scan s where s.id in :ids").setParameter("ids", scans).executeUpdate();
        }
        for (String text : TEXTS) {
            em.createQuery("update Placement p set p." + text + " = :erased where p.id in :p and p." + text + " is not null")
                    .setParameter("erased", Beneficiary.ERASED).setParameter("p", placements).executeUpdate();
        }
        // The changes are the placement's own rows (an element collection), out of reach of an update in JPQL;
        // the ids are the database's own numbers, read above.
        String ids = placements.stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("UPDATE placement_change SET description = ?, agreed_by = ? WHERE placement_id IN (" + ids + ")")
                .setParameter(1, Beneficiary.ERASED).setParameter(2, Beneficiary.ERASED).executeUpdate();
    }
}
