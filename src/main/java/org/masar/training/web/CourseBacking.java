package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.security.domain.AppUser;
import org.masar.security.service.Caller;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;
import org.masar.training.domain.Course;
import org.masar.training.domain.CourseSession;
import org.masar.training.service.CourseService;
import org.masar.training.service.ParticipantRow;
import org.masar.training.service.ParticipantService;
import org.masar.training.service.SessionService;
import org.masar.training.service.TrainingAccess;

/**
 * training/course.xhtml: a course, its participants with their rates and its sessions. Its forms
 * have beans of their own ({@link AddParticipantsBacking}, {@link SeriesBacking},
 * {@link EditSessionBacking}), which read the course again through {@link #reload} once they changed it.
 */
@Named
@ViewScoped
public class CourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseService courses;

    @Inject
    transient ParticipantService participants;

    @Inject
    transient SessionService sessions;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private transient Course course;
    private transient List<ParticipantRow> rows;
    private transient List<CourseSession> sessionList;

    /** The page opened: a course the user may not see answers 404, as one that does not exist. */
    public void load() {
        if (id == null || !currentUser.caller().map(TrainingAccess::canSee).orElse(false)) {
            Faces.notFound();
            return;
        }
        try {
            reload();
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    /** Reads the course, its participants (told to the audit trail) and its sessions again. */
    void reload() {
        Caller caller = currentUser.require();
        course = courses.find(id, caller);
        rows = participants.list(id, caller);
        sessionList = sessions.of(id, caller);
    }

    public Course getCourse() {
        if (course == null) {
            reload();
        }
        return course;
    }

    public List<ParticipantRow> getParticipants() {
        getCourse();
        return rows;
    }

    public List<CourseSession> getSessions() {
        getCourse();
        return sessionList;
    }

    public long getHeld() {
        return getSessions().stream().filter(CourseSession::isHeld).count();
    }

    public long getAtRisk() {
        return getParticipants().stream().filter(ParticipantRow::atRisk).count();
    }

    /** Whether the user changes this course (its trainers, managers) or only reads it (case workers). */
    public boolean isEditable() {
        return TrainingAccess.edits(currentUser.require(), getCourse());
    }

    public String trainers() {
        return String.join(", ", getCourse().getTrainers().stream().map(AppUser::getFullName).sorted().toList());
    }

    public List<AppUser> getTrainerChoices() {
        return getCourse().getTrainers().stream().sorted(java.util.Comparator.comparing(AppUser::getFullName)).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
