package org.masar.internship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.masar.beneficiary.event.ReadView;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementRules;
import org.masar.internship.service.PlacementAccess;
import org.masar.internship.service.PlacementQueries;
import org.masar.internship.service.PlacementService;
import org.masar.pipeline.domain.Stage;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;

/**
 * internship/placement.xhtml?id=ID: a placement — its plan, the journey's moves, what needs
 * attention. The agreement, the checklist and the outcome have their own forms
 * ({@link PlacementAgreementBacking}, {@link PlacementDocumentsBacking}, {@link PlacementOutcomeBacking}),
 * each saved from the version this page read. Outside the caller's scope the page answers 404.
 */
@Named
@ViewScoped
public class PlacementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlacementService placements;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Clock clock;

    private Long id;
    private int version;
    private transient Placement placement;
    private final PlanFields plan = new PlanFields();

    public void load() {
        var caller = currentUser.caller();
        if (caller.isEmpty() || !PlacementAccess.seesPlacements(caller.get())) {
            Faces.forbidden();
            return;
        }
        if (id == null) {
            Faces.notFound();
            return;
        }
        try {
            shown(placements.open(id, caller.get(), ReadView.PLACEMENT));
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    /** Shows the placement as it now stands and takes its version for the next change. */
    void shown(Placement p) {
        placement = p;
        version = p.getVersion();
        plan.of(p);
    }

    /**
     * One of the page's changes, from the version shown: said done (or refused next to the fields
     * of {@code formId}); once done, the placement is shown as it now stands.
     */
    boolean change(String formId, Supplier<Placement> work, String doneKey) {
        Placement[] saved = new Placement[1];
        boolean done = Faces.attempt(formId, () -> saved[0] = work.get());
        if (done) {
            shown(saved[0]);
            Faces.info(doneKey);
        }
        return done;
    }

    public void replan() {
        change("plan", () -> placements.replan(id, version, plan.getHostId(), plan.plan(), plan.getReceivingSite(),
                currentUser.require()), "internship.plan.planned");
    }

    /** Moves the journey on; a move the documents do not back is refused with what is missing. */
    public void advance(String stageCode) {
        if (Faces.attempt("journeyForm", () -> placements.advance(id, stageCode, currentUser.require()))) {
            Faces.info("internship.journey.moved");
        }
        shown(placements.find(id, currentUser.require()));
    }

    public Placement getPlacement() {
        if (placement == null && id != null) {
            placement = placements.find(id, currentUser.require());
        }
        return placement;
    }

    public boolean isEditable() {
        return currentUser.caller().map(c -> PlacementAccess.editsPlacements(c)).orElse(false)
                && !getPlacement().getEnrolment().getBeneficiary().isErased();
    }

    /** The stages the journey may move on to from where it is. */
    public List<Stage> getNextStages() {
        var e = getPlacement().getEnrolment();
        return e.isActive() ? e.nextStages() : List.of();
    }

    /** What needs attention, as message keys: a visa or insurance ending before the internship, an end within 30 days. */
    public List<String> getAlerts() {
        Placement p = getPlacement();
        List<String> alerts = new ArrayList<>();
        if (p.isEnded()) {
            return alerts;
        }
        p.expiringBeforeEnd().forEach(d -> alerts.add(d.getKind().name().equals("VISA")
                ? PlacementQueries.VISA_EXPIRES : PlacementQueries.INSURANCE_EXPIRES));
        if (PlacementRules.endingSoon(p.getPlannedEnd(), p.getSendingSite().today(clock))) {
            alerts.add(PlacementQueries.ENDING);
        }
        return alerts;
    }

    public PlanFields getPlan() {
        return plan;
    }

    int getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
