package org.masar.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.masar.security.domain.AppUser;
import org.masar.shared.domain.InvalidInput;

/**
 * One session of a course. It counts as held once its attendance has been saved
 * ({@link #attendanceTaken}); each save moves its version, which the next save must quote.
 */
@Entity
@Table(name = "course_session")
public class CourseSession {

    public static final int PLACE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(length = PLACE_MAX)
    private String place;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "trainer_id")
    private AppUser trainer;

    @Column(name = "taken_at")
    private LocalDateTime takenAt;

    @Column(name = "taken_by", length = 64)
    private String takenBy;

    @Column(name = "grid_saves", nullable = false)
    private int gridSaves;

    @Version
    private int version;

    protected CourseSession() {
    }

    public CourseSession(Course course, LocalDate date, LocalTime start, LocalTime end, String place, AppUser trainer) {
        this.course = course;
        schedule(date, start, end, place, trainer);
    }

    /** Sets when and where, and who teaches it: one of the course's trainers, or none said. */
    public void schedule(LocalDate newDate, LocalTime start, LocalTime end, String newPlace, AppUser newTrainer) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (newDate == null) {
            problems.put("date", "training.error.date");
        }
        checkTimes(start, end, problems);
        if (newPlace != null && newPlace.trim().length() > PLACE_MAX) {
            problems.put("place", "training.error.placeTooLong");
        }
        if (newTrainer != null && !course.taughtBy(newTrainer.getId())) {
            problems.put("trainer", "training.error.sessionTrainer");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.date = newDate;
        this.startTime = start;
        this.endTime = end;
        this.place = newPlace == null || newPlace.isBlank() ? null : newPlace.trim();
        this.trainer = newTrainer;
    }

    /** The one rule of a session's times, shared with series: both given, the end after the start. */
    static void checkTimes(LocalTime start, LocalTime end, Map<String, String> problems) {
        if (start == null) {
            problems.put("start", "training.error.time");
        }
        if (end == null) {
            problems.put("end", "training.error.time");
        } else if (start != null && !end.isAfter(start)) {
            problems.put("end", "training.error.endBeforeStart");
        }
    }

    /** The grid was saved: the session is held from now on, and its version moves. */
    public void attendanceTaken(String by, LocalDateTime at) {
        this.takenBy = by;
        this.takenAt = at;
        this.gridSaves++;
    }

    public boolean isHeld() {
        return takenAt != null;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getPlace() {
        return place;
    }

    public AppUser getTrainer() {
        return trainer;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }

    public String getTakenBy() {
        return takenBy;
    }

    public int getVersion() {
        return version;
    }
}
