package org.masar.pipeline.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.BulkMoves;
import org.masar.pipeline.service.BulkResult;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.pipeline.service.EnrolmentFilter;
import org.masar.shared.web.Faces;
import org.masar.shared.web.PagedTable;

/**
 * enrolment/list.xhtml: enrolments filtered and paged in the database; select some (or a whole
 * cohort) and advance them together; export what is shown. Also opened from the board with a
 * pipeline and stage, and from the caseload for the stuck.
 */
@Named
@ViewScoped
public class EnrolmentsBacking extends PipelineFilters {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BulkMoves bulk;

    private Long stageId;
    private EnrolmentStatus status = EnrolmentStatus.ACTIVE;
    private boolean stuck;
    private PagedTable<Enrolment> table;
    private List<Enrolment> selected = new ArrayList<>();
    private Long targetStageId;
    private List<Long> ticked = new ArrayList<>();
    private String note;
    private String overrideReason;
    private List<BulkResult> results;

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> queries.page(filter(), request, currentUser.scope()), Enrolment::getId);
    }

    /** Opening from a link: status "ALL" shows every status. */
    public void open() {
        defaultPipeline();
    }

    public EnrolmentFilter filter() {
        return filterWith(stageId, status, stuck);
    }

    public void search() {
        selected = new ArrayList<>();
        results = null;
    }

    public void advanceSelected() {
        if (selected == null || selected.isEmpty()) {
            Faces.error("list:targetStage", "bulk.error.noneSelected");
            return;
        }
        if (targetStageId == null) {
            Faces.error("list:targetStage", "enrolment.error.toStage");
            return;
        }
        results = bulk.advance(selected.stream().map(Enrolment::getId).toList(), targetStageId, Set.copyOf(ticked),
                overrideReason, note, currentUser.require());
        long moved = results.stream().filter(BulkResult::isMoved).count();
        Faces.info("bulk.summary", moved, results.size() - moved);
        selected = new ArrayList<>();
    }

    public String reason(BulkResult result) {
        return result.isMoved() ? Faces.text("bulk.moved") : Faces.text(result.getMessageKey(), result.getArguments());
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

    public List<Criterion> getTargetCriteria() {
        return getStages().stream().filter(s -> s.getId().equals(targetStageId)).findFirst()
                .map(Stage::activeCriteria).orElse(List.of());
    }



    public boolean isCanMove() {
        return currentUser.caller().map(CaseWorkAccess::canWork).orElse(false);
    }

    public boolean isManager() {
        return currentUser.caller().map(CaseWorkAccess::isManager).orElse(false);
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

    public Long getTargetStageId() {
        return targetStageId;
    }

    public void setTargetStageId(Long targetStageId) {
        this.targetStageId = targetStageId;
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

    public List<BulkResult> getResults() {
        return results;
    }
}
