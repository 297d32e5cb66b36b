package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.MoveCommand;

/** The "move back" form of enrolment/view.xhtml: an earlier stage and the reason, in words. */
@Named
@ViewScoped
public class BackMoveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentBacking page;

    private Long stageId;
    private String reason;

    public void back() {
        if (page.move("back", MoveCommand.Action.BACK, stageId, null, reason, Set.of(), null, "enrolment.movedBack")) {
            stageId = null;
            reason = null;
        }
    }

    public List<Stage> getEarlier() {
        return page.getEnrolment().earlierStages();
    }

    public Long getStageId() {
        return stageId;
    }

    public void setStageId(Long stageId) {
        this.stageId = stageId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
