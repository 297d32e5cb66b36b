package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.ConcurrentChange;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;
import org.masar.training.domain.Course;
import org.masar.training.domain.CourseSession;
import org.masar.training.domain.Mark;
import org.masar.training.service.AttendanceService;
import org.masar.training.service.CourseService;
import org.masar.training.service.TrainingAccess;

/**
 * training/session.xhtml, the attendance grid: one tap per person marks them, "All present" marks
 * everyone, and Save sends the whole grid by ajax from the version opened. When another trainer
 * saved in between, nothing of this user's is applied: the page says so and shows the other's
 * marks, to mark again — never a silent loss.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttendanceService attendance;

    @Inject
    transient CourseService courses;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private int version;
    private List<GridRow> rows = List.of();
    private transient CourseSession session;
    private transient Course course;

    /** The page opened: a session of a course the user may not see answers 404, as one that does not exist. */
    public void load() {
        if (id == null || !currentUser.caller().map(TrainingAccess::canSee).orElse(false)) {
            Faces.notFound();
            return;
        }
        try {
            shown(attendance.grid(id, currentUser.require()));
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    private void shown(AttendanceService.Grid grid) {
        session = grid.session();
        version = session.getVersion();
        rows = grid.lines().stream().map(GridRow::new).toList();
    }

    public void allPresent() {
        rows.forEach(r -> r.setMark(Mark.PRESENT));
    }

    public void save() {
        var marks = rows.stream().filter(r -> r.getMark() != null)
                .map(r -> new AttendanceService.MarkLine(r.getParticipantId(), r.getMark())).toList();
        AttendanceService.Grid[] saved = new AttendanceService.Grid[1];
        boolean[] stale = new boolean[1];
        boolean done = Faces.attempt("grid", () -> {
            try {
                saved[0] = attendance.save(id, version, marks, currentUser.require());
            } catch (ConcurrentChange changed) {
                stale[0] = true;
                throw changed;
            }
        });
        if (done) {
            shown(saved[0]);
            Faces.info("training.grid.saved", marks.size());
        } else if (stale[0]) {
            // The other trainer's marks replace these, which the message asks to give again.
            shown(attendance.grid(id, currentUser.require()));
        }
    }

    public CourseSession getSession() {
        if (session == null) {
            session = attendance.grid(id, currentUser.require()).session();
        }
        return session;
    }

    public Course getCourse() {
        if (course == null) {
            course = courses.find(getSession().getCourse().getId(), currentUser.require());
        }
        return course;
    }

    public boolean isEditable() {
        return TrainingAccess.edits(currentUser.require(), getCourse());
    }

    public long count(Mark mark) {
        return rows.stream().filter(r -> r.getMark() == mark).count();
    }

    public long getUnmarked() {
        return rows.stream().filter(r -> r.getMark() == null).count();
    }

    public Mark[] getMarks() {
        return Mark.values();
    }

    public List<GridRow> getRows() {
        return rows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
