package org.masar.internship.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.LanguageLevel;
import org.masar.internship.domain.Outcome;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/** What the placement forms offer: the receiving sites of a host's country, language levels, document states, outcomes. */
@Named
@RequestScoped
public class PlacementChoices {

    @Inject
    SiteService sites;

    /** The active sites in {@code country}, in tree order (reference data of some dozens of rows). */
    public List<Site> receivingSites(String country) {
        return country == null ? List.of() : sites.tree().stream()
                .filter(s -> s.isActive() && country.equalsIgnoreCase(s.getCountryCode())).toList();
    }

    public LanguageLevel[] getLanguageLevels() {
        return LanguageLevel.values();
    }

    public DocumentState[] getDocumentStates() {
        return DocumentState.values();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }
}
