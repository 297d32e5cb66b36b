package org.masar.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.casework.service.CaseWorkService;
import org.masar.casework.service.Timeline;
import org.masar.casework.service.TimelineEntry;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.domain.AppUser;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.UserService;
import org.masar.shared.web.Faces;
import org.masar.shared.web.SessionLocale;

/**
 * The case-work half of beneficiary/view.xhtml: enrolments and enrolling, case notes,
 * follow-ups, and the one timeline of everything that happened to the person.
 */
@Named
@ViewScoped
public class CaseWorkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient PipelineService pipelines;

    @Inject
    transient CaseWorkService casework;

    @Inject
    transient Timeline timeline;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient UserService users;

    @Inject
    transient SessionLocale sessionLocale;

    @Inject
    transient java.time.Clock clock;

    private String code;
    private transient List<Enrolment> personEnrolments;
    private transient List<TimelineEntry> entries;
    private transient List<CaseNote> notes;
    private transient List<FollowUp> followUps;
    private transient List<Pipeline> pipelineChoices;
    private transient List<AppUser> workers;
    private Long pipelineId;
    private String cohort;
    private String caseWorker;
    private LocalDate startDate;
    private String noteText;
    private Long noteEnrolmentId;
    private Long editingNoteId;
    private String editedText;
    private String followUpTitle;
    private LocalDate followUpDue;
    private String followUpAssignee;

    /** Called by the profile's view action once the person is known to be in scope. */
    public void load(String personCode, long personId, String sitePath) {
        this.code = personCode;
        LocalDate today = currentUser.scope().today(clock);
        startDate = startDate == null ? today : startDate;
        followUpDue = followUpDue == null ? today.plusDays(7) : followUpDue;
        workers = users.reaching(sitePath, CaseWorkAccess.WORKERS);
        personEnrolments = enrolments.ofPerson(personCode, currentUser.scope());
        entries = timeline.of(personCode, currentUser.scope(), sessionLocale.getLocale());
        notes = casework.notes(personId);
        followUps = casework.followUps(personId);
        pipelineChoices = pipelines.visibleTo(currentUser.scope(), null);
    }

    public void enrol() {
        var form = new EnrolForm(code, pipelineId, cohort, caseWorker, startDate);
        Enrolment[] created = new Enrolment[1];
        if (Faces.attempt("enrol", () -> created[0] = enrolments.enrol(form, currentUser.require()))) {
            Faces.redirect("/enrolment/view.xhtml?id=" + created[0].getId());
        }
    }

    public void addNote() {
        if (Faces.attempt("note", () -> casework.addNote(code, noteEnrolmentId, noteText, currentUser.require()))) {
            Faces.info("note.saved");
            Faces.redirect("/beneficiary/view.xhtml?code=" + code);
        }
    }

    public void editNote(CaseNote note) {
        editingNoteId = note.getId();
        editedText = note.getText();
    }

    public void saveNote(CaseNote note) {
        if (Faces.attempt("notes", () -> casework.correctNote(note.getId(), note.getVersion(), editedText,
                currentUser.require()))) {
            Faces.info("note.saved");
            Faces.redirect("/beneficiary/view.xhtml?code=" + code);
        }
    }

    public void addFollowUp() {
        if (Faces.attempt("followUp", () -> casework.addFollowUp(code, noteEnrolmentId, followUpTitle, followUpDue,
                followUpAssignee, currentUser.require()))) {
            Faces.info("followUp.saved");
            Faces.redirect("/beneficiary/view.xhtml?code=" + code);
        }
    }

    public void toggle(FollowUp followUp) {
        if (Faces.attempt("followUps", () -> casework.setDone(followUp.getId(), !followUp.isDone(), currentUser.require()))) {
            Faces.redirect("/beneficiary/view.xhtml?code=" + code);
        }
    }

    public boolean editable(CaseNote note) {
        return note.editableBy(currentUser.getUsername(), LocalDateTime.now(clock));
    }

    public boolean isCanWork() {
        return currentUser.caller().map(CaseWorkAccess::canWork).orElse(false);
    }

    public boolean overdue(FollowUp f) {
        return f.isOverdue(currentUser.scope().today(clock));
    }

    public List<AppUser> getWorkers() {
        return workers;
    }

    public List<Enrolment> getEnrolments() {
        return personEnrolments;
    }

    public List<TimelineEntry> getEntries() {
        return entries;
    }

    public List<CaseNote> getNotes() {
        return notes;
    }

    public List<FollowUp> getFollowUps() {
        return followUps;
    }

    public List<Pipeline> getPipelineChoices() {
        return pipelineChoices;
    }

    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public String getCaseWorker() {
        return caseWorker;
    }

    public void setCaseWorker(String caseWorker) {
        this.caseWorker = caseWorker;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public Long getNoteEnrolmentId() {
        return noteEnrolmentId;
    }

    public void setNoteEnrolmentId(Long noteEnrolmentId) {
        this.noteEnrolmentId = noteEnrolmentId;
    }

    public Long getEditingNoteId() {
        return editingNoteId;
    }

    public String getEditedText() {
        return editedText;
    }

    public void setEditedText(String editedText) {
        this.editedText = editedText;
    }

    public String getFollowUpTitle() {
        return followUpTitle;
    }

    public void setFollowUpTitle(String followUpTitle) {
        this.followUpTitle = followUpTitle;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }

    public String getFollowUpAssignee() {
        return followUpAssignee;
    }

    public void setFollowUpAssignee(String followUpAssignee) {
        this.followUpAssignee = followUpAssignee;
    }
}
