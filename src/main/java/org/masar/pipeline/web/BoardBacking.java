package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolmentFilter;
import org.masar.pipeline.service.EnrolmentQueries;
import org.masar.pipeline.service.PipelineService;
import org.masar.security.domain.AppUser;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.UserService;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/**
 * enrolment/board.xhtml: a column per stage with its count and its people, longest waiting
 * first, a few at a time; the dropped in a last column. Filters narrow every column at once.
 */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PER_COLUMN = 8;

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

    private Long pipelineId;
    private String siteCode;
    private String cohort;
    private Long caseWorkerId;
    private Sex sex;
    private AgeBand ageBand;
    private final Map<Long, Integer> offsets = new HashMap<>();
    private transient List<Pipeline> pipelineChoices;
    private transient Map<Long, Long> counts;
    private transient Map<Long, Page<Enrolment>> columns;

    public void open() {
        if (pipelineId == null && !getPipelineChoices().isEmpty()) {
            pipelineId = getPipelineChoices().get(0).getId();
        }
        refresh();
    }

    public void refresh() {
        offsets.clear();
        counts = null;
        columns = null;
    }

    public void page(Long stageId, int direction) {
        long key = stageId == null ? DROPPED : stageId;
        offsets.merge(key, direction * PER_COLUMN, (a, b) -> Math.max(0, a + b));
        columns = null;
    }

    private static final long DROPPED = -1;

    private EnrolmentFilter filter() {
        return new EnrolmentFilter(pipelineId, null, null, siteCode, cohort, caseWorkerId, sex, ageBand, false, null);
    }

    public List<Stage> getStages() {
        Pipeline p = getPipeline();
        if (p == null) {
            return List.of();
        }
        return p.getStages().stream().filter(s -> !s.isRetired() || count(s) > 0).toList();
    }

    public long count(Stage stage) {
        if (counts == null) {
            counts = pipelineId == null ? Map.of() : queries.stageCounts(filter(), currentUser.scope());
        }
        return counts.getOrDefault(stage.getId(), 0L);
    }

    public Page<Enrolment> column(Stage stage) {
        return column(stage.getId(), stage.isFinalStage() ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE);
    }

    public Page<Enrolment> getDropped() {
        return column(null, EnrolmentStatus.DROPPED);
    }

    private Page<Enrolment> column(Long stageId, EnrolmentStatus status) {
        if (columns == null) {
            columns = new HashMap<>();
        }
        long key = stageId == null ? DROPPED : stageId;
        return columns.computeIfAbsent(key, k -> queries.page(filter().withStage(stageId, status),
                new PageRequest(offsets.getOrDefault(key, 0), PER_COLUMN, "stageSince", true, Map.of()),
                currentUser.scope()));
    }

    public int offset(Long stageId) {
        return offsets.getOrDefault(stageId == null ? DROPPED : stageId, 0);
    }

    public boolean hasMore(Long stageId, long total) {
        return offset(stageId) + PER_COLUMN < total;
    }

    public long days(Enrolment e) {
        return e.daysInStage(LocalDate.now());
    }

    public boolean stuck(Enrolment e) {
        return e.isStuck(LocalDate.now());
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

    public List<AppUser> getWorkers() {
        return currentUser.scope().rootPaths().stream()
                .flatMap(path -> users.reaching(path, CaseWorkAccess.WORKERS).stream())
                .distinct().toList();
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
