package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.ErasureRequest;
import org.masar.beneficiary.event.ErasureRequested;
import org.masar.beneficiary.event.PersonErased;
import org.masar.security.domain.Role;
import org.masar.security.service.Caller;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.DomainEvent;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.Versions;

/**
 * Erasure at the person's request (GDPR art. 17): one user who works the registry asks for it, a
 * manager who is not that user approves it, and then the record and everything the modules hold
 * about the person as free text is anonymised in one transaction, for ever (README, "Data-subject
 * rights"). Refusing it is the same manager's other answer. The person's sealed audit values
 * become unreadable; the audit of it keeps who and when.
 */
@ApplicationScoped
@Transactional
public class ErasureService {

    @PersistenceContext
    EntityManager em;

    @Inject
    BeneficiaryService registry;

    @Inject
    Clock clock;

    @Inject
    Event<DomainEvent> events;

    /** Whether the caller may decide erasures: managers, never the one who asked. */
    public static boolean decides(Caller caller) {
        return caller.has(Role.MANAGER);
    }

    /** The request waiting for a decision about the person, if there is one. */
    public Optional<ErasureRequest> pending(Beneficiary person) {
        return em.createQuery("select r from ErasureRequest r where r.beneficiaryId = :id and r.status = :requested",
                        ErasureRequest.class)
                .setParameter("id", person.getId()).setParameter("requested", ErasureRequest.Status.REQUESTED)
                .getResultStream().findFirst();
    }

    public ErasureRequest request(String code, Caller caller) {
        BeneficiaryAccess.requireRegistry(caller);
        Beneficiary person = registry.find(code, caller);
        if (person.isErased()) {
            throw new BusinessException("erasure.error.decided");
        }
        if (person.getMergedInto() != null) {
            throw new BusinessException("beneficiary.error.merged");
        }
        if (pending(person).isPresent()) {
            throw new BusinessException("erasure.error.pending");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        ErasureRequest request = new ErasureRequest(person.getId(), caller.username(), now);
        em.persist(request);
        em.flush();
        events.fire(new ErasureRequested(person.getId(), person.getCode(), caller.username(), now));
        return request;
    }

    /** A manager's answer to the pending request, from the version they saw: erase, or refuse. */
    public void decide(String code, long requestId, int version, boolean erase, Caller caller) {
        if (!decides(caller)) {
            throw new Forbidden();
        }
        Beneficiary person = registry.find(code, caller);
        ErasureRequest request = em.find(ErasureRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.getBeneficiaryId().equals(person.getId())) {
            throw new org.masar.shared.domain.NotFound();
        }
        Versions.require(version, request.getVersion());
        LocalDateTime now = LocalDateTime.now(clock);
        request.decide(erase, caller.username(), now);
        if (!erase) {
            em.flush();
            return;
        }
        List<Long> ids = new ArrayList<>(List.of(person.getId()));
        for (Beneficiary merged : em.createQuery("select b from Beneficiary b where b.mergedInto.id = :id", Beneficiary.class)
                .setParameter("id", person.getId()).getResultList()) {
            merged.erase(now);
            ids.add(merged.getId());
        }
        person.erase(now);
        em.flush();
        events.fire(new PersonErased(person.getId(), person.getCode(), ids, request.getRequestedBy(), caller.username(), now));
    }
}
