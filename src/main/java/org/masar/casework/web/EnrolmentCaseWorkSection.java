package org.masar.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.casework.service.CaseWorkService;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.FullNames;
import org.masar.security.service.StaffNames;
import org.masar.shared.web.Section;

/** Case work's section of an enrolment's page: the notes and follow-ups written about this enrolment. */
@Named
@ViewScoped
public class EnrolmentCaseWorkSection implements Section<Enrolment>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseWorkService casework;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    @Inject
    transient StaffNames staff;

    private String personCode;
    private LocalDate today;
    private transient List<CaseNote> notes;
    private transient List<FollowUp> followUps;
    private transient FullNames authors;

    @Override
    public int getOrder() {
        return 200;
    }

    @Override
    public String getFragment() {
        return "/WEB-INF/sections/enrolment-case-work.xhtml";
    }

    @Override
    public boolean isVisible() {
        return currentUser.caller().map(c -> CaseWorkAccess.canWork(c)
                && org.masar.beneficiary.service.BeneficiaryAccess.sees(c, org.masar.beneficiary.domain.ProfilePart.CASE_NOTES))
                .orElse(false);
    }

    @Override
    public void load(Enrolment enrolment) {
        personCode = enrolment.getBeneficiary().getCode();
        today = enrolment.getBeneficiary().getSite().today(clock);
        notes = casework.notesOfEnrolment(enrolment, currentUser.require());
        followUps = casework.followUpsOfEnrolment(enrolment, currentUser.require());
        authors = staff.of(notes.stream().map(CaseNote::getAuthor).toList());
    }

    public boolean overdue(FollowUp f) {
        return f.isOverdue(today);
    }

    public String getPersonCode() {
        return personCode;
    }

    public List<CaseNote> getNotes() {
        return notes;
    }

    /** The notes' authors by name, found in one query. */
    public FullNames getAuthors() {
        return authors;
    }

    public List<FollowUp> getFollowUps() {
        return followUps;
    }
}
