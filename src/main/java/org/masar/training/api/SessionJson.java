package org.masar.training.api;

import java.time.LocalDateTime;
import org.masar.training.domain.CourseSession;
import org.masar.training.service.SessionForm;

/** A session over HTTP: date YYYY-MM-DD, times HH:MM, the trainer by user name; {@code held} once its attendance is saved. */
public record SessionJson(Long id, Long courseId, String date, String start, String end, String place, String trainer,
                          Boolean held, LocalDateTime takenAt, String takenBy, Integer version) {

    static SessionJson of(CourseSession s) {
        return new SessionJson(s.getId(), s.getCourse().getId(), s.getDate().toString(), BodyValues.time(s.getStartTime()),
                BodyValues.time(s.getEndTime()), s.getPlace(), s.getTrainer() == null ? null : s.getTrainer().getUsername(),
                s.isHeld(), s.getTakenAt(), s.getTakenBy(), s.getVersion());
    }

    SessionForm toForm() {
        BodyValues read = new BodyValues();
        var d = read.date("date", date);
        var from = read.time("start", start);
        var to = read.time("end", end);
        read.check();
        return new SessionForm(d, from, to, place, trainer);
    }
}
