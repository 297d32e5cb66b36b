package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.training.domain.SeriesPlan;
import org.masar.training.service.SessionService;

/** The "plan a series" form of training/course.xhtml: weekly on the days chosen between two dates, at one time and place. */
@Named
@ViewScoped
public class SeriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseBacking page;

    @Inject
    transient SessionService sessions;

    @Inject
    transient CurrentUser currentUser;

    private LocalDate from;
    private LocalDate to;
    private List<String> days = new ArrayList<>();
    private LocalTime start;
    private LocalTime end;
    private String place;
    private String trainer;

    public void plan() {
        EnumSet<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(d -> weekdays.add(DayOfWeek.valueOf(d)));
        int[] made = new int[1];
        SeriesPlan plan = new SeriesPlan(from, to, weekdays, start, end, place);
        if (Faces.attempt("series", () -> made[0] = sessions.series(page.getId(), plan, trainer, currentUser.require()).size())) {
            Faces.info("training.series.planned", made[0]);
            from = to = null;
            days = new ArrayList<>();
        }
        page.reload();
    }

    /** The week from Monday, named in the reader's language. */
    public List<DayOfWeek> getWeekdays() {
        return List.of(DayOfWeek.values());
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
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
