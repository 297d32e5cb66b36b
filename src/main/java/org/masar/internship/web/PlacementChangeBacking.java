package org.masar.internship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.masar.internship.service.PlacementService;
import org.masar.security.service.CurrentUser;

/** The learning agreement's change form on internship/placement.xhtml: what changed during the internship, when, agreed by whom. */
@Named
@ViewScoped
public class PlacementChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlacementBacking page;

    @Inject
    transient PlacementService placements;

    @Inject
    transient CurrentUser currentUser;

    private LocalDate changedOn;
    private String description;
    private String agreedBy;

    public void addChange() {
        if (page.change("during", () -> placements.addChange(page.getId(), page.getVersion(), changedOn, description,
                agreedBy, currentUser.require()), "internship.agreement.changeAdded")) {
            changedOn = null;
            description = agreedBy = null;
        }
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public void setChangedOn(LocalDate changedOn) {
        this.changedOn = changedOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public void setAgreedBy(String agreedBy) {
        this.agreedBy = agreedBy;
    }
}
