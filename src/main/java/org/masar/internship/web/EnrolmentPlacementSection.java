package org.masar.internship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.service.PlacementAccess;
import org.masar.internship.service.PlacementLine;
import org.masar.internship.service.PlacementQueries;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.PipelineType;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Section;

/**
 * Internships' section of an INTERNSHIP enrolment's page: its placement in short, with a link to
 * it; for an active candidate without one, a link to find a host, to those who match interns.
 */
@Named
@ViewScoped
public class EnrolmentPlacementSection implements Section<Enrolment>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlacementQueries queries;

    @Inject
    transient CurrentUser currentUser;

    private long enrolmentId;
    private boolean internship;
    private boolean matchable;
    private PlacementLine placement;

    @Override
    public int getOrder() {
        return 150;
    }

    @Override
    public String getFragment() {
        return "/WEB-INF/sections/enrolment-placement.xhtml";
    }

    @Override
    public boolean isVisible() {
        return currentUser.caller().map(PlacementAccess::seesPlacements).orElse(false);
    }

    @Override
    public void load(Enrolment enrolment) {
        enrolmentId = enrolment.getId();
        internship = enrolment.getPipeline().getType() == PipelineType.INTERNSHIP;
        placement = internship ? queries.ofEnrolments(List.of(enrolmentId), currentUser.require()).get(enrolmentId) : null;
        matchable = internship && placement == null && enrolment.isActive()
                && PlacementAccess.editsPlacements(currentUser.require());
    }

    public boolean isInternship() {
        return internship;
    }

    public PlacementLine getPlacement() {
        return placement;
    }

    /** Whether the reader may look for a host for this intern: an active journey with no placement yet. */
    public boolean isMatchable() {
        return matchable;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }
}
