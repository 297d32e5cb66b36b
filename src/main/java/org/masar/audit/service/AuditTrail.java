package org.masar.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.masar.audit.domain.AuditAction;
import org.masar.audit.domain.AuditAlert;
import org.masar.audit.domain.AuditEntry;
import org.masar.beneficiary.event.ConsentChanged;
import org.masar.beneficiary.event.PeopleListed;
import org.masar.beneficiary.event.PeopleMerged;
import org.masar.beneficiary.event.PersonEdited;
import org.masar.beneficiary.event.PersonRead;
import org.masar.beneficiary.event.PersonRegistered;
import org.masar.casework.event.FollowUpWritten;
import org.masar.casework.event.NoteWritten;
import org.masar.internship.event.PlacementChanged;
import org.masar.pipeline.event.EnrolmentAssigned;
import org.masar.pipeline.event.EnrolmentMoved;
import org.masar.security.event.FileDownloaded;
import org.masar.shared.web.RequestOrigin;

/**
 * Writes the audit trail from the modules' events. A change is written in the change's own
 * transaction (MANDATORY): never one without the other. A read is written in a transaction of
 * its own (REQUIRES_NEW) as it is served: if it cannot be written the read fails, so no read
 * that succeeded is missing. Reading more profiles in an hour than masar.audit.unusualReads
 * raises an alert for administrators.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestOrigin origin;

    @Inject
    Seals seals;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "masar.audit.unusualReads", defaultValue = "50")
    int unusualReads;

    @Transactional(Transactional.TxType.MANDATORY)
    void registered(@Observes PersonRegistered e) {
        write(e.at(), e.by(), AuditAction.REGISTER, e.personId(), e.subject(),
                e.siteCode() + (e.candidates().isEmpty() ? "" : " · " + String.join(", ", e.candidates())),
                e.overrideReason());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void edited(@Observes PersonEdited e) {
        write(e.at(), e.by(), AuditAction.EDIT, e.personId(), e.subject(), String.join(", ", e.fields()),
                e.changes().stream().map(c -> c.field() + ": " + text(c.before()) + " → " + text(c.after()))
                        .collect(Collectors.joining("\n")));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void consent(@Observes ConsentChanged e) {
        write(e.at(), e.by(), AuditAction.CONSENT, e.personId(), e.subject(), e.purpose() + (e.given() ? " +" : " −"), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void merged(@Observes PeopleMerged e) {
        write(e.at(), e.by(), AuditAction.MERGE, e.personId(), e.subject(), e.duplicateCode() + " → " + e.code(), null);
        write(e.at(), e.by(), AuditAction.MERGE, e.duplicateId(), "person " + e.duplicateCode(),
                e.duplicateCode() + " → " + e.code(), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void moved(@Observes EnrolmentMoved e) {
        write(e.at(), e.by(), e.opened() ? AuditAction.ENROL : AuditAction.MOVE, e.personId(), e.subject(),
                e.pipelineType() + " " + e.action() + " " + e.toStageCode() + (e.overrideReason() == null ? "" : " · override"),
                e.overrideReason());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void assigned(@Observes EnrolmentAssigned e) {
        write(e.at(), e.by(), AuditAction.ASSIGN, e.personId(), e.subject(),
                text(e.caseWorker()) + " · " + text(e.cohort()), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void note(@Observes NoteWritten e) {
        write(e.at(), e.by(), AuditAction.NOTE, e.personId(), e.subject(), e.correction() ? "corrected" : "written", null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void followUp(@Observes FollowUpWritten e) {
        write(e.at(), e.by(), AuditAction.FOLLOW_UP, e.personId(), e.subject(), e.change() + " · " + e.assignee(), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void joinedCourse(@Observes org.masar.training.event.ParticipantAdded e) {
        write(e.at(), e.by(), AuditAction.COURSE_JOIN, e.personId(), e.subject(),
                "course " + e.courseId() + " · enrolment " + e.enrolmentId(), null);
    }

    /** One entry per person whose mark the save changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void attendance(@Observes org.masar.training.event.AttendanceSaved e) {
        e.changes().forEach(c -> write(e.at(), e.by(), AuditAction.ATTENDANCE, c.personId(), "person " + c.code(),
                "course " + e.courseId() + " · session " + e.sessionId() + " · " + text(c.before()) + " → " + c.after(),
                null));
    }

    /** One entry per person whose assessment score the save changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void scores(@Observes org.masar.training.event.ScoresSaved e) {
        e.changes().forEach(c -> write(e.at(), e.by(), AuditAction.SCORE, c.personId(), "person " + c.code(),
                "course " + e.courseId() + " · " + text(c.before() == null ? null : c.before().toString()) + " → "
                        + text(c.after() == null ? null : c.after().toString()), null));
    }

    /** A change to an intern's placement: which part, never its content. */
    @Transactional(Transactional.TxType.MANDATORY)
    void placement(@Observes PlacementChanged e) {
        write(e.at(), e.by(), AuditAction.PLACEMENT, e.personId(), e.subject(),
                "placement " + e.placementId() + " · " + e.change() + (e.what() == null ? "" : " · " + e.what()), null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void erasureRequested(@Observes org.masar.beneficiary.event.ErasureRequested e) {
        write(e.at(), e.by(), AuditAction.ERASURE_REQUEST, e.personId(), e.subject(), null, null);
    }

    /**
     * An erasure keeps who asked, who approved and when, not what was erased; every value sealed
     * for the person (an edit's before and after) becomes unreadable with their key.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void erased(@Observes org.masar.beneficiary.event.PersonErased e) {
        e.personIds().forEach(seals::destroy);
        write(e.at(), e.by(), AuditAction.ERASURE, e.personId(), e.subject(), "requested by " + e.requestedBy(), null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void read(@Observes PersonRead e) {
        write(e.at(), e.by(), AuditAction.READ, e.personId(), e.subject(), e.view().name(), null);
        watchReading(e.by(), e.at());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void listed(@Observes PeopleListed e) {
        write(e.at(), e.by(), AuditAction.LIST, null, "people", e.filter() + " · " + e.rows(), null);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void downloaded(@Observes FileDownloaded e) {
        String filter = e.parameters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(" "));
        write(e.at(), e.by(), AuditAction.EXPORT, null, e.subject(), e.name() + " · " + filter + " · " + e.rows(), null);
    }

    /** Writes one entry of the trail; personal values, if any, sealed with the person's key. */
    public void write(LocalDateTime at, String by, AuditAction action, Long personId, String subject, String detail,
                      String personal) {
        byte[] sealed = personal == null || personal.isBlank() || personId == null ? null : seals.seal(personId, personal);
        em.persist(new AuditEntry(at, by, address(), channel(), action, personId, subject, detail, sealed));
    }

    /** One alert per account and hour when it reads more profiles than an hour should need. */
    private void watchReading(String username, LocalDateTime at) {
        LocalDateTime hourAgo = at.minusHours(1);
        long reads = em.createQuery("select count(a) from AuditEntry a where a.username = :u and a.action = :read"
                        + " and a.at > :since", Long.class)
                .setParameter("u", username).setParameter("read", AuditAction.READ).setParameter("since", hourAgo)
                .getSingleResult();
        if (reads <= unusualReads) {
            return;
        }
        boolean raised = !em.createQuery("select a.id from AuditAlert a where a.username = :u and a.kind = :k"
                        + " and a.at > :since", Long.class)
                .setParameter("u", username).setParameter("k", AuditAlert.UNUSUAL_READING).setParameter("since", hourAgo)
                .setMaxResults(1).getResultList().isEmpty();
        if (!raised) {
            em.persist(new AuditAlert(at, username, AuditAlert.UNUSUAL_READING, (int) reads));
        }
    }

    private String address() {
        try {
            return origin.address();
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }

    private String channel() {
        try {
            return origin.channel().name();
        } catch (ContextNotActiveException outsideARequest) {
            return RequestOrigin.Channel.SYSTEM.name();
        }
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
