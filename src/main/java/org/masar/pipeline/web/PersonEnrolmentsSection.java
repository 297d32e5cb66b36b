package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.CaseWorkers;
import org.masar.pipeline.service.EnrolForm;
import org.masar.pipeline.service.EnrolmentService;
import org.masar.pipeline.service.PersonEnrolments;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.domain.AppUser;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.shared.web.Section;

/** The pipelines' section of a person's profile: their enrolments, and enrolling them in another pipeline. */
@Named
@ViewScoped
public class PersonEnrolmentsSection implements Section<Beneficiary>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrolmentService enrolments;

    @Inject
    transient PersonEnrolments personEnrolments;

    @Inject
    transient CaseWorkers caseWorkers;

    @Inject
    transient PipelineService pipelines;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    @Inject
    PeriodOverride periodOverride;

    private String code;
    private boolean canEnrol;
    private transient List<Enrolment> list;
    private transient List<Pipeline> pipelineChoices;
    private transient List<AppUser> workers;
    private Long pipelineId;
    private String cohort;
    private String caseWorker;
    private LocalDate startDate;

    @Override
    public int getOrder() {
        return 100;
    }

    @Override
    public String getFragment() {
        return "/WEB-INF/sections/person-enrolments.xhtml";
    }

    @Override
    public boolean isVisible() {
        return currentUser.caller().map(CaseWorkAccess::canWork).orElse(false);
    }

    @Override
    public void load(Beneficiary person) {
        code = person.getCode();
        list = personEnrolments.of(person, currentUser.require());
        var caller = currentUser.require();
        pipelineChoices = person.getMergedInto() != null || person.isErased() || !person.takesPart() ? List.of()
                : pipelines.visibleTo(caller.scope(), null).stream()
                        .filter(p -> CaseWorkAccess.enrols(caller, p.getType())).toList();
        canEnrol = !pipelineChoices.isEmpty();
        if (canEnrol) {
            // "Me" is the list's first choice: the caller is not offered again by name.
            workers = caseWorkers.at(person.getSite()).stream().filter(u -> u.getId() != caller.id()).toList();
            startDate = startDate == null ? person.getSite().today(clock) : startDate;
        }
    }

    public void enrol() {
        var caller = currentUser.require();
        var form = new EnrolForm(code, pipelineId, cohort, caseWorker, startDate, periodOverride.reason());
        periodOverride.attempt("enrol", caller, () -> enrolments.enrol(form, caller)).ifPresent(created -> {
            Faces.info("enrolment.enrolled", created.getPipeline().getProgramme().getCode());
            Faces.redirect("/enrolment/view.xhtml?id=" + created.getId());
        });
    }

    public List<Enrolment> getEnrolments() {
        return list;
    }

    public boolean isCanEnrol() {
        return canEnrol;
    }

    public List<Pipeline> getPipelineChoices() {
        return pipelineChoices;
    }

    public List<AppUser> getWorkers() {
        return workers;
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
}
