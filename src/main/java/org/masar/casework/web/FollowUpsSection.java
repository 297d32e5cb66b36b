package org.masar.casework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.casework.domain.FollowUp;
import org.masar.casework.service.CaseWorkService;
import org.masar.casework.service.PersonCaseWork;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.CaseWorkers;
import org.masar.security.domain.AppUser;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.shared.web.Section;

/** Case work's section of a profile: the person's follow-ups, ticking them done, setting a new one. */
@Named
@ViewScoped
public class FollowUpsSection implements Section<Beneficiary>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseWorkService casework;

    @Inject
    transient PersonCaseWork caseWork;

    @Inject
    transient CaseWorkers caseWorkers;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private String code;
    private LocalDate today;
    private transient List<FollowUp> followUps;
    private transient List<AppUser> workers;
    private String title;
    private LocalDate due;
    private String assignee;
    private boolean consented;
    private boolean writable;

    @Override
    public int getOrder() {
        return 200;
    }

    @Override
    public String getFragment() {
        return "/WEB-INF/sections/follow-ups.xhtml";
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
        today = person.getSite().today(clock);
        due = due == null ? today.plusDays(7) : due;
        followUps = caseWork.followUps(person, currentUser.require());
        consented = person.activeConsent(org.masar.beneficiary.domain.ConsentPurpose.FOLLOW_UP);
        writable = !person.isErased() && person.getMergedInto() == null;
        workers = caseWorkers.at(person.getSite());
    }

    public void add() {
        if (Faces.attempt("followUp", () -> casework.addFollowUp(code, null, title, due, assignee, currentUser.require()))) {
            Faces.info("followUp.saved");
            Faces.redirect("/beneficiary/view.xhtml?code=" + code);
        }
    }

    public void toggle(FollowUp followUp) {
        if (Faces.attempt("followUps", () -> casework.setDone(followUp.getId(), !followUp.isDone(), currentUser.require()))) {
            Faces.redirect("/beneficiary/view.xhtml?code=" + code);
        }
    }

    /** Whether follow-ups may still be set: not on an erased or merged record. */
    public boolean isWritable() {
        return writable;
    }

    /** Whether the person consented to be followed up: new follow-ups need it. */
    public boolean isConsented() {
        return consented;
    }

    public boolean overdue(FollowUp f) {
        return f.isOverdue(today);
    }

    public List<FollowUp> getFollowUps() {
        return followUps;
    }

    public List<AppUser> getWorkers() {
        return workers;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
