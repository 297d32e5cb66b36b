package org.masar.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.MergeLine;
import org.masar.beneficiary.service.MergeStep;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.security.service.Caller;

/** Case work's part of a merge: the duplicate's notes and follow-ups move to the record kept; nothing conflicts. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CaseWorkMerge implements MergeStep {

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Part preview(Beneficiary keep, Beneficiary duplicate, Caller caller) {
        List<MergeLine> moves = new ArrayList<>();
        long notes = count("select count(n) from CaseNote n where n.beneficiaryId = :id", duplicate);
        long followUps = count("select count(f) from FollowUp f where f.beneficiaryId = :id", duplicate);
        if (notes > 0) {
            moves.add(MergeLine.of("note.merge.move", notes));
        }
        if (followUps > 0) {
            moves.add(MergeLine.of("followUp.merge.move", followUps));
        }
        return new Part(moves, List.of());
    }

    @Override
    public void apply(Beneficiary keep, Beneficiary duplicate, Map<String, String> choices, Caller caller) {
        em.createQuery("select n from CaseNote n where n.beneficiaryId = :id", CaseNote.class)
                .setParameter("id", duplicate.getId()).getResultList().forEach(n -> n.transferTo(keep.getId()));
        em.createQuery("select f from FollowUp f where f.beneficiaryId = :id", FollowUp.class)
                .setParameter("id", duplicate.getId()).getResultList().forEach(f -> f.transferTo(keep.getId()));
    }

    private long count(String jpql, Beneficiary person) {
        return em.createQuery(jpql, Long.class).setParameter("id", person.getId()).getSingleResult();
    }
}
