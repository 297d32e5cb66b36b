package org.masar.training.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.web.Faces;
import org.masar.shared.web.PagedTable;
import org.masar.training.domain.Course;
import org.masar.training.service.CourseRegister;
import org.masar.training.service.CourseService;
import org.masar.training.service.TrainingAccess;

/**
 * training/courses.xhtml: the courses the user sees (a trainer's own, the sites' for managers and
 * case workers), paged in the database, each with its participants and sessions counted for the
 * page shown in two grouped queries.
 */
@Named
@ViewScoped
public class CoursesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient CourseRegister register;

    @Inject
    transient CurrentUser currentUser;

    private PagedTable<Course> table;
    private Map<Long, CourseRegister.Counts> counts = new HashMap<>();

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> {
            Page<Course> page = courses.page(request, currentUser.require());
            if (request.part() != PageRequest.Part.TOTAL) {
                counts = new HashMap<>(register.counts(page.rows().stream().map(Course::getId).toList()));
            }
            return page;
        }, Course::getId);
    }

    /** The page opened: only roles that work with courses. */
    public void open() {
        if (!currentUser.caller().map(TrainingAccess::canSee).orElse(false)) {
            Faces.forbidden();
        }
    }

    public CourseRegister.Counts counts(Course c) {
        return counts.getOrDefault(c.getId(), CourseRegister.Counts.NONE);
    }

    public PagedTable<Course> getTable() {
        return table;
    }
}
