package org.masar.pipeline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.masar.pipeline.domain.StageTransition;
import org.masar.security.service.FullNames;
import org.masar.security.service.StaffNames;

/**
 * The people in the history of enrolment/view.xhtml: who made each move, by name, looked up in
 * one query for the whole history as the page renders it (after any move of the request).
 */
@Named
@RequestScoped
public class EnrolmentHistoryBacking {

    @Inject
    EnrolmentBacking page;

    @Inject
    StaffNames staff;

    private FullNames people;

    public FullNames getPeople() {
        if (people == null) {
            people = staff.of(page.getHistory().stream().map(StageTransition::getByUser).toList());
        }
        return people;
    }
}
