package org.masar.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.EnrolmentFilter;
import org.masar.pipeline.service.EnrolmentQueries;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.service.CurrentUser;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/**
 * report/funnel.xhtml: how many reached each stage of a pipeline, by sex, and who dropped and
 * why. Counts only, never a name, so donors see it too; always within the viewer's own sites.
 */
@Named
@ViewScoped
public class FunnelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnrolmentQueries queries;

    @Inject
    transient PipelineService pipelines;

    @Inject
    transient SiteService sites;

    @Inject
    transient CurrentUser currentUser;

    private Long pipelineId;
    private String siteCode;
    private String cohort;
    private Sex sex;
    private AgeBand ageBand;
    private transient List<Pipeline> pipelineChoices;
    private transient EnrolmentQueries.Funnel funnel;

    public void open() {
        if (pipelineId == null && !getPipelineChoices().isEmpty()) {
            pipelineId = getPipelineChoices().get(0).getId();
        }
        funnel = null;
    }

    public void refresh() {
        funnel = null;
    }

    private EnrolmentQueries.Funnel funnel() {
        if (funnel == null) {
            funnel = queries.funnel(new EnrolmentFilter(pipelineId, null, null, siteCode, cohort, null, sex, ageBand,
                    false, null), currentUser.scope());
        }
        return funnel;
    }

    public List<Stage> getStages() {
        Pipeline p = getPipeline();
        return p == null ? List.of() : p.getStages().stream().filter(s -> !s.isRetired() || reached(s) > 0).toList();
    }

    public long reached(Stage s) {
        return funnel().reached(s.getId());
    }

    public long reachedBy(Stage s, Sex which) {
        return funnel().reached(s.getId(), which);
    }

    public long droppedAt(Stage s) {
        return funnel().droppedAt(s.getId());
    }

    /** Share of those who entered the pipeline that reached this stage, in whole percent. */
    public long percent(Stage s) {
        List<Stage> stages = getStages();
        long first = stages.isEmpty() ? 0 : reached(stages.get(0));
        return first == 0 ? 0 : Math.round(100.0 * reached(s) / first);
    }

    public List<Map.Entry<DropReason, long[]>> getReasons() {
        return List.copyOf(funnel().reasons().entrySet());
    }

    public List<Pipeline> getPipelineChoices() {
        if (pipelineChoices == null) {
            pipelineChoices = pipelines.visibleTo(currentUser.scope(), null);
        }
        return pipelineChoices;
    }

    public Pipeline getPipeline() {
        return getPipelineChoices().stream().filter(p -> p.getId().equals(pipelineId)).findFirst().orElse(null);
    }

    public List<String> getCohorts() {
        return pipelineId == null ? List.of() : queries.cohorts(pipelineId);
    }

    public List<Site> getSiteChoices() {
        return sites.within(currentUser.scope());
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
