package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.masar.pipeline.service.MoveCommand;

/** The "reopen" form of enrolment/view.xhtml, for managers: why the closed journey goes on. */
@Named
@ViewScoped
public class ReopenMoveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentBacking page;

    private String note;

    public void reopen() {
        if (page.move("reopen", MoveCommand.Action.REOPEN, null, null, note, Set.of(), null, "enrolment.reopened")) {
            note = null;
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
