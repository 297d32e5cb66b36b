package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.BulkMoves;
import org.masar.pipeline.service.BulkResult;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;

/**
 * The bulk-advance form of enrolment/list.xhtml: the enrolments ticked in the list's table move
 * to one stage, each on its own; those that cannot are listed with the reason.
 */
@Named
@ViewScoped
public class BulkAdvanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentsBacking list;

    @Inject
    transient BulkMoves bulk;

    @Inject
    transient CurrentUser currentUser;

    private Long targetStageId;
    private List<Long> ticked = new ArrayList<>();
    private String note;
    private String overrideReason;
    private List<BulkResult> results;
    private Long resultsOf;

    public void advanceSelected() {
        List<Enrolment> selected = list.getSelected();
        if (selected.isEmpty()) {
            Faces.error("list:targetStage", "bulk.error.noneSelected");
            return;
        }
        if (targetStageId == null) {
            Faces.error("list:targetStage", "enrolment.error.toStage");
            return;
        }
        results = bulk.advance(selected.stream().map(Enrolment::getId).toList(), targetStageId, Set.copyOf(ticked),
                overrideReason, note, currentUser.require());
        resultsOf = list.getPipelineId();
        long moved = results.stream().filter(BulkResult::isMoved).count();
        Faces.info("bulk.summary", moved, results.size() - moved);
        list.setSelected(null);
    }

    /** Forgets the outcome of the last bulk move when the list is searched again. */
    public void clear() {
        results = null;
    }

    public String reason(BulkResult result) {
        if (result.isMoved()) {
            return result.getEvidence() == null ? Faces.text("bulk.moved") : Faces.text("evidence.bulkMoved", result.getEvidence());
        }
        return Faces.text(result.getMessageKey(), result.getArguments());
    }

    /** The target's criteria to tick; those bound to evidence are checked against each enrolment's records. */
    public List<Criterion> getTargetCriteria() {
        return list.getStages().stream().filter(s -> s.getId().equals(targetStageId)).findFirst()
                .map(Stage::activeCriteria).orElse(List.of()).stream().filter(c -> !c.isEvidenceBound()).toList();
    }

    /** The target's criteria met by records, not by a tick, each enrolment by its own. */
    public List<Criterion> getEvidenceCriteria() {
        return list.getStages().stream().filter(s -> s.getId().equals(targetStageId)).findFirst()
                .map(Stage::activeCriteria).orElse(List.of()).stream().filter(Criterion::isEvidenceBound).toList();
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

    /** The outcome of the last bulk move, while the list still shows its pipeline. */
    public List<BulkResult> getResults() {
        return results != null && java.util.Objects.equals(resultsOf, list.getPipelineId()) ? results : null;
    }
}
