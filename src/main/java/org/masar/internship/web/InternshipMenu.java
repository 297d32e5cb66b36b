package org.masar.internship.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.masar.internship.service.InternshipAccess;
import org.masar.internship.service.PlacementAccess;
import org.masar.security.service.CurrentUser;

/** Whether the menu offers host organisations and placements, and whether the user records them; the sectors and sizes offered; a country's name in the reader's language. */
@Named
@RequestScoped
public class InternshipMenu {

    @Inject
    CurrentUser currentUser;

    public boolean isHosts() {
        return currentUser.caller().map(InternshipAccess::seesHosts).orElse(false);
    }

    /** The placements list: for those who work placements (case workers follow theirs from the person and the enrolment). */
    public boolean isPlacements() {
        return currentUser.caller().map(PlacementAccess::editsPlacements).orElse(false);
    }

    public boolean isEditsHosts() {
        return currentUser.caller().map(InternshipAccess::editsHosts).orElse(false);
    }

    /** The sectors and sizes the list's filters and the host form offer. */
    public org.masar.internship.domain.HostSector[] getSectors() {
        return org.masar.internship.domain.HostSector.values();
    }

    public org.masar.internship.domain.HostSize[] getSizes() {
        return org.masar.internship.domain.HostSize.values();
    }

    public String country(String code, Locale reader) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(reader);
    }
}
