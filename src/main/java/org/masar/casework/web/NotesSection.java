package org.masar.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.service.CaseWorkService;
import org.masar.casework.service.PersonCaseWork;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.PersonEnrolments;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.shared.web.Section;

/** Case work's section of a profile: notes about the person, writing one, correcting one's own while it is open. */
@Named
@ViewScoped
public class NotesSection implements Section<Beneficiary>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseWorkService casework;

    @Inject
    transient PersonCaseWork caseWork;

    @Inject
    transient PersonEnrolments enrolments;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient org.masar.security.service.StaffNames staff;

    @Inject
    transient Clock clock;

    private String code;
    private transient List<CaseNote> notes;
    private transient org.masar.security.service.FullNames authors;
    private transient List<Enrolment> personEnrolments;
    private boolean writable;
    private String text;
    private Long enrolmentId;
    private Long editingId;
    private String editedText;

    @Override
    public int getOrder() {
        return 300;
    }

    @Override
    public String getFragment() {
        return "/WEB-INF/sections/notes.xhtml";
    }

    @Override
    public boolean isVisible() {
        return currentUser.caller().map(c -> CaseWorkAccess.canWork(c)
                && org.masar.beneficiary.service.BeneficiaryAccess.sees(c, org.masar.beneficiary.domain.ProfilePart.CASE_NOTES))
                .orElse(false);
    }

    @Override
    public void load(Beneficiary person) {
        code = person.getCode();
        notes = caseWork.notes(person, currentUser.require());
        authors = staff.of(notes.stream().map(CaseNote::getAuthor).toList());
        personEnrolments = enrolments.of(person, currentUser.require());
        writable = !person.isErased() && person.getMergedInto() == null;
    }

    /** Whether notes may still be written about the person: not on an erased or merged record. */
    public boolean isWritable() {
        return writable;
    }

    public void add() {
        if (Faces.attempt("note", () -> casework.addNote(code, enrolmentId, text, currentUser.require()))) {
            Faces.info("note.saved");
            Faces.redirect("/beneficiary/view.xhtml?code=" + code);
        }
    }

    public void edit(CaseNote note) {
        editingId = note.getId();
        editedText = note.getText();
    }

    public void save(CaseNote note) {
        if (Faces.attempt("notes", () -> casework.correctNote(note.getId(), note.getVersion(), editedText,
                currentUser.require()))) {
            Faces.info("note.saved");
            Faces.redirect("/beneficiary/view.xhtml?code=" + code);
        }
    }

    public boolean editable(CaseNote note) {
        return note.editableBy(currentUser.getUsername(), LocalDateTime.now(clock));
    }

    public List<CaseNote> getNotes() {
        return notes;
    }

    public org.masar.security.service.FullNames getAuthors() {
        return authors;
    }

    public List<Enrolment> getEnrolments() {
        return personEnrolments;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public void setEnrolmentId(Long enrolmentId) {
        this.enrolmentId = enrolmentId;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getEditedText() {
        return editedText;
    }

    public void setEditedText(String editedText) {
        this.editedText = editedText;
    }
}
