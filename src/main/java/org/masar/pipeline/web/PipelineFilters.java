package org.masar.pipeline.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolmentQueries;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.domain.AppUser;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.UserService;
import org.masar.shared.web.Faces;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/**
 * The filters the enrolment list, the board and the funnel share — pipeline, site, cohort, case
 * worker, sex, age band — with the choices each menu offers, all within the user's scope.
 */
public abstract class PipelineFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrolmentQueries queries;

    @Inject
    transient PipelineService pipelines;

    @Inject
    transient SiteService sites;

    @Inject
    transient UserService users;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient java.time.Clock clock;

    private Long pipelineId;
    private String siteCode;
    private String cohort;
    private Long caseWorkerId;
    private Sex sex;
    private AgeBand ageBand;
    // Menus are read several times while a page renders: each is queried once per view.
    private transient List<Pipeline> pipelineChoices;
    private transient List<Site> siteChoices;
    private transient List<AppUser> workers;
    private transient Long cohortsOf;
    private transient List<String> cohorts;

    /** Whole days the enrolment has been in its stage, by today at the person's site. */
    public long days(org.masar.pipeline.domain.Enrolment e) {
        return e.daysInStage(e.getBeneficiary().getSite().today(clock));
    }

    public boolean stuck(org.masar.pipeline.domain.Enrolment e) {
        return e.isStuck(e.getBeneficiary().getSite().today(clock));
    }

    /**
     * Opens the page on the pipeline its address names, or on the first the user can see when it
     * names none. A pipeline that does not exist and one outside the user's sites both answer 404,
     * the same page, and the answer is false: the page has nothing to show.
     */
    protected boolean openPipeline() {
        if (pipelineId == null) {
            if (!getPipelineChoices().isEmpty()) {
                pipelineId = getPipelineChoices().get(0).getId();
            }
            return true;
        }
        if (getPipeline() == null) {
            Faces.notFound();
            return false;
        }
        return true;
    }

    /** The shared filters, with what the page adds: a stage, a status, only the stuck. */
    protected org.masar.pipeline.service.EnrolmentFilter filterWith(Long stageId,
                                                                   org.masar.pipeline.domain.EnrolmentStatus status,
                                                                   boolean stuck) {
        return new org.masar.pipeline.service.EnrolmentFilter(pipelineId, stageId, status, siteCode, cohort, caseWorkerId,
                sex, ageBand, stuck, null);
    }

    public List<Pipeline> getPipelineChoices() {
        if (pipelineChoices == null) {
            // Staff choose among the pipelines they work; donors, who see only the funnel, among all of their scope.
            var caller = currentUser.require();
            pipelineChoices = org.masar.pipeline.service.CaseWorkAccess.canWork(caller) ? pipelines.worked(caller)
                    : pipelines.visibleTo(caller.scope(), null);
        }
        return pipelineChoices;
    }

    public Pipeline getPipeline() {
        return getPipelineChoices().stream().filter(p -> p.getId().equals(pipelineId)).findFirst().orElse(null);
    }

    public List<String> getCohorts() {
        if (pipelineId == null) {
            return List.of();
        }
        if (cohorts == null || !pipelineId.equals(cohortsOf)) {
            cohorts = queries.cohorts(pipelineId, currentUser.require());
            cohortsOf = pipelineId;
        }
        return cohorts;
    }

    public List<Site> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.within(currentUser.scope());
        }
        return siteChoices;
    }

    public List<AppUser> getWorkers() {
        if (workers == null) {
            workers = currentUser.scope().rootPaths().stream()
                    .flatMap(path -> users.reaching(path, CaseWorkAccess.WORKERS).stream())
                    .distinct().toList();
        }
        return workers;
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public Long getPipelineId() {
        return pipelineId;
    }

    public void setPipelineId(Long pipelineId) {
        this.pipelineId = pipelineId;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public Long getCaseWorkerId() {
        return caseWorkerId;
    }

    public void setCaseWorkerId(Long caseWorkerId) {
        this.caseWorkerId = caseWorkerId;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(AgeBand ageBand) {
        this.ageBand = ageBand;
    }
}
