package org.masar.internship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.masar.internship.domain.Outcome;
import org.masar.internship.service.PlacementService;
import org.masar.security.service.CurrentUser;

/** The outcome form of internship/placement.xhtml: how the placement ended, why if interrupted, on which day. */
@Named
@ViewScoped
public class PlacementOutcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlacementBacking page;

    @Inject
    transient PlacementService placements;

    @Inject
    transient CurrentUser currentUser;

    private Outcome outcome;
    private String outcomeReason;
    private LocalDate endedOn;

    public void end() {
        page.change("outcome", () -> placements.end(page.getId(), page.getVersion(), outcome, outcomeReason, endedOn,
                currentUser.require()), "internship.end.saved");
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeReason() {
        return outcomeReason;
    }

    public void setOutcomeReason(String outcomeReason) {
        this.outcomeReason = outcomeReason;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }
}
