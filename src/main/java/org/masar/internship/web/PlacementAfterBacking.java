package org.masar.internship.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.internship.domain.Placement;
import org.masar.internship.service.PlacementService;
import org.masar.security.service.CurrentUser;

/** The learning agreement's last part on internship/placement.xhtml: the host's evaluation and the certificate's reference. */
@Named
@ViewScoped
public class PlacementAfterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlacementBacking page;

    @Inject
    transient PlacementService placements;

    @Inject
    transient CurrentUser currentUser;

    private String hostEvaluation;
    private String certificate;

    @PostConstruct
    void fill() {
        Placement p = page.getPlacement();
        if (p != null) {
            hostEvaluation = p.after().hostEvaluation();
            certificate = p.after().certificate();
        }
    }

    public void saveAfter() {
        var after = new Placement.After(hostEvaluation, certificate);
        page.change("after", () -> placements.agreeAfter(page.getId(), page.getVersion(), after, currentUser.require()),
                "internship.agreement.saved");
    }

    public String getHostEvaluation() {
        return hostEvaluation;
    }

    public void setHostEvaluation(String hostEvaluation) {
        this.hostEvaluation = hostEvaluation;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }
}
