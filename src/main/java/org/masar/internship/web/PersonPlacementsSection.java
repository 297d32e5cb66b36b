package org.masar.internship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.service.PlacementAccess;
import org.masar.internship.service.PlacementLine;
import org.masar.internship.service.PlacementQueries;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Section;

/** Internships' section of a person's profile: their placements that the reader sees, with each document's state. */
@Named
@ViewScoped
public class PersonPlacementsSection implements Section<Beneficiary>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlacementQueries queries;

    @Inject
    transient CurrentUser currentUser;

    private transient List<PlacementLine> placements;

    @Override
    public int getOrder() {
        return 160;
    }

    @Override
    public String getFragment() {
        return "/WEB-INF/sections/person-placements.xhtml";
    }

    @Override
    public boolean isVisible() {
        return currentUser.caller().map(PlacementAccess::seesPlacements).orElse(false);
    }

    @Override
    public void load(Beneficiary person) {
        placements = queries.ofPerson(person.getId(), currentUser.require());
    }

    public List<PlacementLine> getPlacements() {
        return placements == null ? List.of() : placements;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }
}
