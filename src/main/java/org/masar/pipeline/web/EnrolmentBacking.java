package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.domain.StageTransition;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.MoveCommand;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;

/**
 * enrolment/view.xhtml: one enrolment, its history and the moves it allows. Every move quotes
 * the version shown; when someone else moved it first the page says so and shows the new state.
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
    transient java.time.Clock clock;

    @Inject
    transient org.masar.security.service.UserService users;

    private Long id;
    private transient Enrolment enrolment;
    private transient List<StageTransition> history;
    private int version;
    private Long toStageId;
    private List<Long> ticked = new ArrayList<>();
    private String note;
    private String overrideReason;
    private Long backStageId;
    private String backReason;
    private DropReason dropReason;
    private String dropText;
    private String reopenNote;
    private transient List<org.masar.security.domain.AppUser> workers;
    private String assignedWorker;
    private String assignedCohort;

    public void load() {
        try {
            var current = enrolments.withHistory(id, currentUser.scope());
            enrolment = current.enrolment();
            history = current.history();
            version = enrolment.getVersion();
            assignedWorker = enrolment.getCaseWorker() == null ? null : enrolment.getCaseWorker().getUsername();
            assignedCohort = enrolment.getCohort();
            if (toStageId == null || getFollowers().stream().noneMatch(s -> s.getId().equals(toStageId))) {
                toStageId = getFollowers().isEmpty() ? null : getFollowers().get(0).getId();
            }
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    public void advance() {
        run("advance", new MoveCommand(MoveCommand.Action.ADVANCE, toStageId, null, note, version, Set.copyOf(ticked),
                overrideReason), "enrolment.moved");
    }

    public void back() {
        run("back", new MoveCommand(MoveCommand.Action.BACK, backStageId, null, backReason, version, Set.of(), null),
                "enrolment.movedBack");
    }

    public void drop() {
        run("drop", new MoveCommand(MoveCommand.Action.DROP, null, dropReason, dropText, version, Set.of(), null),
                "enrolment.dropped");
    }

    public void reopen() {
        run("reopen", new MoveCommand(MoveCommand.Action.REOPEN, null, null, reopenNote, version, Set.of(), null),
                "enrolment.reopened");
    }

    private void run(String formId, MoveCommand command, String doneKey) {
        boolean done = Faces.attempt(formId, () -> enrolments.move(id, command, currentUser.require()));
        if (done) {
            Faces.info(doneKey);
            note = overrideReason = backReason = dropText = reopenNote = null;
            ticked = new ArrayList<>();
            toStageId = null;
        }
        load();
    }

    public void assign() {
        if (Faces.attempt("assign", () -> enrolments.assign(id, version, assignedWorker, assignedCohort, currentUser.require()))) {
            Faces.info("enrolment.assigned");
        }
        load();
    }

    /** People who may follow this enrolment: staff whose sites reach the person's. */
    public List<org.masar.security.domain.AppUser> getWorkers() {
        if (workers == null) {
            workers = users.reaching(getEnrolment().getBeneficiary().getSite().getPath(), CaseWorkAccess.WORKERS);
        }
        return workers;
    }

    /** The target changed: its own checklist starts unticked. */
    public void targetChanged() {
        ticked = new ArrayList<>();
        reloadQuietly();
    }

    private void reloadQuietly() {
        if (enrolment == null) {
            var current = enrolments.withHistory(id, currentUser.scope());
            enrolment = current.enrolment();
            history = current.history();
        }
    }

    public Enrolment getEnrolment() {
        reloadQuietly();
        return enrolment;
    }

    public List<StageTransition> getHistory() {
        reloadQuietly();
        return history;
    }

    public List<Stage> getFollowers() {
        return getEnrolment().nextStages();
    }

    public List<Stage> getEarlier() {
        return getEnrolment().earlierStages();
    }

    public List<Criterion> getTargetCriteria() {
        return getFollowers().stream().filter(s -> s.getId().equals(toStageId)).findFirst()
                .map(Stage::activeCriteria).orElse(List.of());
    }

    public long getDaysInStage() {
        return getEnrolment().daysInStage(today());
    }

    public boolean isStuck() {
        return getEnrolment().isStuck(today());
    }

    private LocalDate today() {
        return getEnrolment().getBeneficiary().getSite().today(clock);
    }

    public boolean isCanMove() {
        return currentUser.caller().map(CaseWorkAccess::canWork).orElse(false);
    }

    public boolean isManager() {
        return currentUser.caller().map(CaseWorkAccess::isManager).orElse(false);
    }

    public DropReason[] getDropReasons() {
        return DropReason.values();
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

    public Long getToStageId() {
        return toStageId;
    }

    public void setToStageId(Long toStageId) {
        this.toStageId = toStageId;
    }

    public List<Long> getTicked() {
        return ticked;
    }

    public void setTicked(List<Long> ticked) {
        this.ticked = ticked == null ? new ArrayList<>() : new ArrayList<>(ticked);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public Long getBackStageId() {
        return backStageId;
    }

    public void setBackStageId(Long backStageId) {
        this.backStageId = backStageId;
    }

    public String getBackReason() {
        return backReason;
    }

    public void setBackReason(String backReason) {
        this.backReason = backReason;
    }

    public DropReason getDropReason() {
        return dropReason;
    }

    public void setDropReason(DropReason dropReason) {
        this.dropReason = dropReason;
    }

    public String getDropText() {
        return dropText;
    }

    public void setDropText(String dropText) {
        this.dropText = dropText;
    }

    public String getAssignedWorker() {
        return assignedWorker;
    }

    public void setAssignedWorker(String assignedWorker) {
        this.assignedWorker = assignedWorker;
    }

    public String getAssignedCohort() {
        return assignedCohort;
    }

    public void setAssignedCohort(String assignedCohort) {
        this.assignedCohort = assignedCohort;
    }

    public String getReopenNote() {
        return reopenNote;
    }

    public void setReopenNote(String reopenNote) {
        this.reopenNote = reopenNote;
    }

}
