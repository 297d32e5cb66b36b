package org.masar.pipeline.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.EvidenceSources;
import org.masar.pipeline.service.MoveCommand;

/**
 * The "move forward" form of enrolment/view.xhtml: a stage the definition allows, its checklist
 * (boxes to tick, and what the records say of the criteria bound to evidence), a note.
 */
@Named
@ViewScoped
public class AdvanceMoveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentBacking page;

    @Inject
    transient EvidenceSources evidence;

    private Long toStageId;
    private List<Long> ticked = new ArrayList<>();
    private String note;
    private String overrideReason;

    public void advance() {
        if (page.move("advance", MoveCommand.Action.ADVANCE, getToStageId(), null, note, Set.copyOf(ticked), overrideReason,
                "enrolment.moved")) {
            toStageId = null;
            ticked = new ArrayList<>();
            note = overrideReason = null;
        }
    }

    /** The target changed: its own checklist starts unticked. */
    public void targetChanged() {
        ticked = new ArrayList<>();
    }

    public List<Stage> getFollowers() {
        return page.getEnrolment().nextStages();
    }

    public List<Criterion> getTargetCriteria() {
        Long target = getToStageId();
        return getFollowers().stream().filter(s -> s.getId().equals(target)).findFirst()
                .map(Stage::activeCriteria).orElse(List.of());
    }

    /** The target's criteria ticked by hand: those bound to evidence are met by a record, never by a tick. */
    public List<Criterion> getTickable() {
        return getTargetCriteria().stream().filter(c -> !c.isEvidenceBound()).toList();
    }

    /** What the records say of each criterion of the target bound to evidence, read once per request. */
    public List<Map.Entry<Criterion, Evidence>> getTargetEvidence() {
        Long target = getToStageId();
        if (target == null || getTargetCriteria().stream().noneMatch(Criterion::isEvidenceBound)) {
            return List.of();
        }
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        @SuppressWarnings("unchecked")
        List<Map.Entry<Criterion, Evidence>> found = (List<Map.Entry<Criterion, Evidence>>) request.computeIfAbsent(
                "evidence-" + target, k -> List.copyOf(evidence.of(page.getEnrolment(),
                        page.getEnrolment().getPipeline().stage(target).orElseThrow()).entrySet()));
        return found;
    }

    /** The stage chosen, or the first the enrolment may move to. */
    public Long getToStageId() {
        List<Stage> followers = getFollowers();
        if (toStageId == null || followers.stream().noneMatch(s -> s.getId().equals(toStageId))) {
            toStageId = followers.isEmpty() ? null : followers.get(0).getId();
        }
        return toStageId;
    }

    public void setToStageId(Long toStageId) {
        this.toStageId = toStageId;
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
}
