package org.masar.pipeline.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.StageTransition;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.MoveCommand;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;
import org.masar.shared.web.Section;
import org.masar.shared.web.Sections;

/**
 * enrolment/view.xhtml: one enrolment, its history and the sections other modules contribute
 * about it. Each move has its own small form bean ({@link AdvanceMoveBacking} and the others),
 * which runs its move through {@link #move}: every move quotes the version shown, and when someone
 * else moved the enrolment first the page says so and shows the new state.
 */
@Named
@ViewScoped
public class EnrolmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    @Inject
    @Any
    transient Instance<Section<Enrolment>> contributed;

    private Long id;
    private int version;
    private transient Enrolment enrolment;
    private transient List<StageTransition> history;
    private transient List<Section<Enrolment>> sections;

    /** The page opened: the enrolment (and so the person) is read, and the audit trail told. */
    public void load() {
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            shown(enrolments.open(id, currentUser.require(), org.masar.beneficiary.event.ReadView.ENROLMENT));
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    /** The enrolment as read, with the version its moves will quote and the sections drawn for it. */
    private void shown(EnrolmentService.WithHistory current) {
        enrolment = current.enrolment();
        history = current.history();
        version = enrolment.getVersion();
        Sections.load(getSections(), enrolment);
    }

    /** Runs a move from the version shown; says it was done, or why not, and shows the enrolment as it now stands. */
    boolean move(String formId, MoveCommand.Action action, Long toStageId, org.masar.pipeline.domain.DropReason reason,
                 String note, java.util.Set<Long> ticked, String overrideReason, String doneKey) {
        var command = new MoveCommand(action, toStageId, reason, note, version, ticked, overrideReason);
        return change(formId, () -> enrolments.move(id, command, currentUser.require()), doneKey);
    }

    /** Saves a new case worker and cohort from the version shown. */
    boolean assign(String caseWorker, String cohort) {
        return change("assign", () -> enrolments.assign(id, version, caseWorker, cohort, currentUser.require()),
                "enrolment.assigned");
    }

    /** One of the page's changes: said done (or why not), then the enrolment shown as it now stands. */
    private boolean change(String formId, Runnable work, String doneKey) {
        boolean done = Faces.attempt(formId, work);
        if (done) {
            Faces.info(doneKey);
        }
        try {
            shown(enrolments.withHistory(id, currentUser.require()));
        } catch (NotFound unknown) {
            Faces.notFound();
        }
        return done;
    }

    /** The enrolment, read again on a postback without taking its version: a move still quotes the one the user saw. */
    public Enrolment getEnrolment() {
        if (enrolment == null) {
            var current = enrolments.withHistory(id, currentUser.require());
            enrolment = current.enrolment();
            history = current.history();
        }
        return enrolment;
    }

    public List<StageTransition> getHistory() {
        getEnrolment();
        return history;
    }

    /** The sections other modules contribute that the caller may see, in order. */
    public List<Section<Enrolment>> getSections() {
        if (sections == null) {
            sections = Sections.visible(contributed);
        }
        return sections;
    }

    private LocalDate today() {
        return getEnrolment().getBeneficiary().getSite().today(clock);
    }

    public long getDaysInStage() {
        return getEnrolment().daysInStage(today());
    }

    public boolean isStuck() {
        return getEnrolment().isStuck(today());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getVersion() {
        return version;
    }
}
