package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Section;
import org.masar.training.service.PersonCourses;
import org.masar.training.service.TrainingAccess;

/** Training's section of a person's profile: the courses they take part in and how they stand in each. */
@Named
@ViewScoped
public class PersonCoursesSection implements Section<Beneficiary>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonCourses courses;

    @Inject
    transient CurrentUser currentUser;

    private transient List<PersonCourses.Taken> taken;

    @Override
    public int getOrder() {
        return 150;
    }

    @Override
    public String getFragment() {
        return "/WEB-INF/sections/person-courses.xhtml";
    }

    @Override
    public boolean isVisible() {
        return currentUser.caller().map(TrainingAccess::canSee).orElse(false);
    }

    @Override
    public void load(Beneficiary person) {
        taken = courses.of(person, currentUser.require());
    }

    public List<PersonCourses.Taken> getTaken() {
        return taken == null ? List.of() : taken;
    }
}
