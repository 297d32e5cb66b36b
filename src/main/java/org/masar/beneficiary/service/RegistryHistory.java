package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.stream.Collectors;
import org.masar.beneficiary.domain.BeneficiaryEvent;
import org.masar.beneficiary.domain.EventKind;
import org.masar.beneficiary.event.ConsentChanged;
import org.masar.beneficiary.event.PeopleMerged;
import org.masar.beneficiary.event.PersonEdited;
import org.masar.beneficiary.event.PersonRegistered;

/**
 * The registry's own history of each person (the lines their timeline begins with), written from
 * the registry's events. It observes inside the change's transaction (MANDATORY): a registration,
 * edit, consent change or merge is never kept without its line, nor a line without the change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RegistryHistory {

    @PersistenceContext
    EntityManager em;

    void registered(@Observes PersonRegistered e) {
        line(e.personId(), EventKind.REGISTERED, e, e.siteCode());
        if (!e.candidates().isEmpty()) {
            line(e.personId(), EventKind.DUPLICATE_OVERRIDE, e, e.overrideReason() + " | " + String.join(", ", e.candidates()));
        }
    }

    void edited(@Observes PersonEdited e) {
        line(e.personId(), EventKind.EDITED, e, e.fields().stream().collect(Collectors.joining(", ")));
    }

    void consent(@Observes ConsentChanged e) {
        line(e.personId(), e.given() ? EventKind.CONSENT_GIVEN : EventKind.CONSENT_WITHDRAWN, e, e.purpose().name());
    }

    void merged(@Observes PeopleMerged e) {
        line(e.personId(), EventKind.MERGED_FROM, e, e.duplicateCode());
        line(e.duplicateId(), EventKind.MERGED_INTO, e, e.code());
    }

    void erasureRequested(@Observes org.masar.beneficiary.event.ErasureRequested e) {
        line(e.personId(), EventKind.ERASURE_REQUESTED, e, null);
    }

    /** The history keeps who and when; the only free text it held about the person, a duplicate override's reason, goes. */
    void erased(@Observes org.masar.beneficiary.event.PersonErased e) {
        em.createQuery("update BeneficiaryEvent e set e.detail = null where e.beneficiaryId in :ids and e.kind = :override")
                .setParameter("ids", e.personIds()).setParameter("override", EventKind.DUPLICATE_OVERRIDE).executeUpdate();
        line(e.personId(), EventKind.ERASED, e, null);
    }

    private void line(long personId, EventKind kind, org.masar.shared.domain.DomainEvent e, String detail) {
        em.persist(new BeneficiaryEvent(personId, kind, e.at(), e.by(), detail));
    }
}
