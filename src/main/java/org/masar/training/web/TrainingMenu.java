package org.masar.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.masar.security.domain.Role;
import org.masar.security.service.CurrentUser;
import org.masar.training.service.TrainingAccess;

/**
 * Whether the menu offers courses, and under which name: "My courses" to a trainer, "Training" to
 * the others who see them; and training in figures, to those who may read it (donors among them).
 */
@Named
@RequestScoped
public class TrainingMenu {

    @Inject
    CurrentUser currentUser;

    public boolean isShown() {
        return currentUser.caller().map(TrainingAccess::canSee).orElse(false);
    }

    /** A trainer only (no role that sees every course of the sites): the courses are theirs. */
    public boolean isOwnCourses() {
        return currentUser.caller().map(c -> c.has(Role.TRAINER) && !TrainingAccess.seesSites(c)).orElse(false);
    }

    /** Training in figures: donors and auditors, managers, administrators and case workers. */
    public boolean isFigures() {
        return currentUser.caller().map(TrainingAccess::seesFigures).orElse(false);
    }

    /** Managers and administrators plan courses. */
    public boolean isPlans() {
        return currentUser.caller().map(TrainingAccess::managesAll).orElse(false);
    }
}
