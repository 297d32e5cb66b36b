package org.masar.pipeline.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.EnrolmentFilter;
import org.masar.shared.web.Faces;
import org.masar.shared.web.PagedTable;

/**
 * enrolment/list.xhtml: enrolments filtered and paged in the database; select some (or a whole
 * cohort) and advance them together ({@link BulkAdvanceBacking}); export what is shown. Also opened from the board with a
 * pipeline and stage, and from the caseload for the stuck.
 */
@Named
@ViewScoped
public class EnrolmentsBacking extends PipelineFilters {

    private static final long serialVersionUID = 1L;

    private Long stageId;
    private EnrolmentStatus status = EnrolmentStatus.ACTIVE;
    private boolean stuck;
    private PagedTable<Enrolment> table;
    private List<Enrolment> selected = new ArrayList<>();

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> queries.page(filter(), request, currentUser.require()), Enrolment::getId);
    }

    /**
     * Opening from a link (the board's stage, the caseload's stuck): a pipeline or a stage the user
     * cannot see answers 404, as one that does not exist.
     */
    public void open() {
        if (openPipeline() && stageId != null && (getPipeline() == null || getPipeline().stage(stageId).isEmpty())) {
            Faces.notFound();
        }
    }

    public EnrolmentFilter filter() {
        return filterWith(stageId, status, stuck);
    }

    public void search() {
        selected = new ArrayList<>();
    }

    public String getExportQuery() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pipeline", getPipelineId());
        params.put("stage", stageId);
        params.put("status", status);
        params.put("site", getSiteCode());
        params.put("cohort", getCohort());
        params.put("caseWorker", getCaseWorkerId());
        params.put("sex", getSex());
        params.put("ageBand", getAgeBand());
        params.put("stuck", stuck ? "true" : null);
        return org.masar.shared.web.Downloads.query(params);
    }

    public List<Stage> getStages() {
        Pipeline p = getPipeline();
        return p == null ? List.of() : p.activeStages();
    }

    public EnrolmentStatus[] getStatuses() {
        return EnrolmentStatus.values();
    }

    public PagedTable<Enrolment> getTable() {
        return table;
    }

    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrolmentStatus status) {
        this.status = status;
    }

    public boolean isStuck() {
        return stuck;
    }

    public void setStuck(boolean stuck) {
        this.stuck = stuck;
    }

    public List<Enrolment> getSelected() {
        return selected;
    }

    public void setSelected(List<Enrolment> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

}
