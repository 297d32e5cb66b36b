package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.MoveCommand;

/** The "move forward" form of enrolment/view.xhtml: a stage the definition allows, its checklist, a note. */
@Named
@ViewScoped
public class AdvanceMoveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentBacking page;

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
