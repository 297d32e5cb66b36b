package org.masar.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.masar.audit.domain.AuditAlert;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Forbidden;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Versions;

/** The alerts administrators are shown: one account reading unusually many profiles in an hour. */
@ApplicationScoped
@Transactional
public class AuditAlerts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The alerts no administrator has marked seen yet, newest first. */
    public List<AuditAlert> open(Caller caller) {
        require(caller);
        return em.createQuery("select a from AuditAlert a where a.seenAt is null order by a.at desc, a.id desc",
                AuditAlert.class).setMaxResults(200).getResultList();
    }

    public long openCount(Caller caller) {
        require(caller);
        return em.createQuery("select count(a) from AuditAlert a where a.seenAt is null", Long.class).getSingleResult();
    }

    /** An administrator has looked into the alert: it leaves the list, saying who and when. */
    public void seen(long id, int version, Caller caller) {
        require(caller);
        AuditAlert alert = em.find(AuditAlert.class, id);
        if (alert == null) {
            throw new NotFound();
        }
        Versions.require(version, alert.getVersion());
        if (alert.getSeenAt() == null) {
            alert.seen(caller.username(), LocalDateTime.now(clock));
        }
    }

    private static void require(Caller caller) {
        if (!AuditAccess.seesAlerts(caller)) {
            throw new Forbidden();
        }
    }
}
