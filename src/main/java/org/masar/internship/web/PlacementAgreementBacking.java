package org.masar.internship.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.masar.internship.domain.LanguageLevel;
import org.masar.internship.domain.Placement;
import org.masar.internship.service.PlacementService;
import org.masar.security.service.CurrentUser;

/** The learning agreement's first part on internship/placement.xhtml: before the internship, and its signatures. */
@Named
@ViewScoped
public class PlacementAgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlacementBacking page;

    @Inject
    transient PlacementService placements;

    @Inject
    transient CurrentUser currentUser;

    private String programme;
    private String learningOutcomes;
    private String monitoringPlan;
    private String evaluationPlan;
    private LanguageLevel languageLevel;
    private LocalDate signedByIntern;
    private LocalDate signedByHost;
    private LocalDate signedBySending;

    @PostConstruct
    void fill() {
        Placement p = page.getPlacement();
        if (p == null) {
            return;
        }
        Placement.Before b = p.before();
        programme = b.programme();
        learningOutcomes = b.learningOutcomes();
        monitoringPlan = b.monitoringPlan();
        evaluationPlan = b.evaluationPlan();
        languageLevel = b.languageLevel();
        signedByIntern = b.signedByIntern();
        signedByHost = b.signedByHost();
        signedBySending = b.signedBySending();
    }

    public void saveBefore() {
        var before = new Placement.Before(programme, learningOutcomes, monitoringPlan, evaluationPlan, languageLevel,
                signedByIntern, signedByHost, signedBySending);
        page.change("before", () -> placements.agreeBefore(page.getId(), page.getVersion(), before, currentUser.require()),
                "internship.agreement.saved");
    }

    public boolean isSigned() {
        return page.getPlacement().before().signed();
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getLearningOutcomes() {
        return learningOutcomes;
    }

    public void setLearningOutcomes(String learningOutcomes) {
        this.learningOutcomes = learningOutcomes;
    }

    public String getMonitoringPlan() {
        return monitoringPlan;
    }

    public void setMonitoringPlan(String monitoringPlan) {
        this.monitoringPlan = monitoringPlan;
    }

    public String getEvaluationPlan() {
        return evaluationPlan;
    }

    public void setEvaluationPlan(String evaluationPlan) {
        this.evaluationPlan = evaluationPlan;
    }

    public LanguageLevel getLanguageLevel() {
        return languageLevel;
    }

    public void setLanguageLevel(LanguageLevel languageLevel) {
        this.languageLevel = languageLevel;
    }

    public LocalDate getSignedByIntern() {
        return signedByIntern;
    }

    public void setSignedByIntern(LocalDate signedByIntern) {
        this.signedByIntern = signedByIntern;
    }

    public LocalDate getSignedByHost() {
        return signedByHost;
    }

    public void setSignedByHost(LocalDate signedByHost) {
        this.signedByHost = signedByHost;
    }

    public LocalDate getSignedBySending() {
        return signedBySending;
    }

    public void setSignedBySending(LocalDate signedBySending) {
        this.signedBySending = signedBySending;
    }

}
