package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.training.domain.CourseSession;
import org.masar.training.service.SessionForm;
import org.masar.training.service.SessionService;

/** The "edit a session" form of training/course.xhtml: one session of the list, saved from the version shown. */
@Named
@ViewScoped
public class EditSessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseBacking page;

    @Inject
    transient SessionService sessions;

    @Inject
    transient CurrentUser currentUser;

    private Long sessionId;
    private int version;
    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private String place;
    private String trainer;

    /** Opens the form on a session of the list. */
    public void edit(CourseSession s) {
        sessionId = s.getId();
        version = s.getVersion();
        date = s.getDate();
        start = s.getStartTime();
        end = s.getEndTime();
        place = s.getPlace();
        trainer = s.getTrainer() == null ? null : s.getTrainer().getUsername();
    }

    public void save() {
        SessionForm form = new SessionForm(date, start, end, place, trainer);
        if (Faces.attempt("session", () -> sessions.update(sessionId, version, form, currentUser.require()))) {
            Faces.info("training.session.saved");
            sessionId = null;
        }
        page.reload();
    }

    public void cancel() {
        sessionId = null;
    }

    public boolean isOpen() {
        return sessionId != null;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }
}
