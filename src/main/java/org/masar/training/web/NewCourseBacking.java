package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masar.programme.service.ProgrammeService;
import org.masar.programme.service.ProgrammeView;
import org.masar.security.domain.AppUser;
import org.masar.security.domain.Role;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.UserService;
import org.masar.shared.web.Faces;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;
import org.masar.training.domain.Course;
import org.masar.training.domain.Topic;
import org.masar.training.service.CourseService;

/** The "plan a course" form of training/courses.xhtml (managers): saved, the new course's page opens. */
@Named
@ViewScoped
public class NewCourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient SiteService sites;

    @Inject
    transient UserService users;

    @Inject
    transient CurrentUser currentUser;

    private final CourseFields fields = new CourseFields();
    private transient Course created;

    public void save() {
        if (Faces.attempt("newCourse", () -> created = courses.create(fields.toForm(), currentUser.require()))) {
            Faces.info("training.course.created", created.getTitle());
            Faces.redirect("/training/course.xhtml?id=" + created.getId());
        }
    }

    public CourseFields getFields() {
        return fields;
    }

    public List<ProgrammeView> getProgrammes() {
        return programmes.visibleTo(currentUser.scope());
    }

    public List<Site> getSites() {
        return sites.within(currentUser.scope());
    }

    /** Active trainers whose sites reach the user's: the accounts a course of theirs can name. */
    public List<AppUser> getTrainers() {
        Map<Long, AppUser> found = new LinkedHashMap<>();
        currentUser.scope().rootPaths().forEach(path -> users.reaching(path, Set.of(Role.TRAINER))
                .forEach(u -> found.putIfAbsent(u.getId(), u)));
        return List.copyOf(found.values());
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    public List<String> getLanguages() {
        return List.of("fr", "ar", "it", "en");
    }

    public int getTitleMax() {
        return Course.TITLE_MAX;
    }
}
