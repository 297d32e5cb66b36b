package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryEvent;
import org.masar.security.service.Caller;

/**
 * The registry's part of a timeline: registration, edits, consent, merges, and those of records
 * merged in; for those who work the registry (an edit's detail may name any part of the record).
 */
@ApplicationScoped
@Transactional
public class RegistryTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<TimelineEntry> entries(Beneficiary person, Caller caller) {
        if (!BeneficiaryAccess.usesRegistry(caller)) {
            return List.of();
        }
        return events(person.getId()).stream()
                .map(e -> new TimelineEntry(e.getAt(), "event." + e.getKind(), "event-" + e.getKind(), e.getByUser(),
                        null, TimelineEntry.data(e.getDetail()), null))
                .toList();
    }

    /**
     * The person's history lines, oldest first, including those of records merged into them.
     * Ordered by id: MySQL drivers may round the stored times to the second.
     */
    List<BeneficiaryEvent> events(long personId) {
        return em.createQuery("select e from BeneficiaryEvent e where e.beneficiaryId = :id or e.beneficiaryId in"
                        + " (select m.id from Beneficiary m where m.mergedInto.id = :id) order by e.id",
                        BeneficiaryEvent.class)
                .setParameter("id", personId)
                .getResultList();
    }
}
