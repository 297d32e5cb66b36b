package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.service.MoveCommand;

/** The "drop" form of enrolment/view.xhtml: a reason code, and words when it is OTHER. */
@Named
@ViewScoped
public class DropMoveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentBacking page;

    private DropReason reason;
    private String text;

    public void drop() {
        if (page.move("drop", MoveCommand.Action.DROP, null, reason, text, Set.of(), null, "enrolment.dropped")) {
            reason = null;
            text = null;
        }
    }

    public java.util.List<DropReason> getReasons() {
        return DropReason.chosen();
    }

    public DropReason getReason() {
        return reason;
    }

    public void setReason(DropReason reason) {
        this.reason = reason;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
