package org.masar.training.api;

import java.time.LocalDate;
import java.util.List;
import org.masar.security.domain.AppUser;
import org.masar.training.domain.Course;
import org.masar.training.domain.Topic;
import org.masar.training.service.CourseForm;

/** A course over HTTP; a change quotes its {@code version}. */
public record CourseJson(Long id, String programme, String site, String title, String topic, Boolean trainingOfTrainers,
                         String language, Integer plannedHours, String startDate, String endDate, Integer capacity,
                         Integer minAttendance, Boolean assessed, Integer passMark, List<String> trainers, Integer version) {

    static CourseJson of(Course c) {
        return new CourseJson(c.getId(), c.getProgramme().getCode(), c.getSite().getCode(), c.getTitle(), c.getTopic().name(),
                c.isTrainingOfTrainers(), c.getLanguage(), c.getPlannedHours(), c.getStartDate().toString(),
                c.getEndDate().toString(), c.getCapacity(), c.getRule().getMinAttendance(), c.getRule().isAssessed(),
                c.getRule().getPassMark(), c.getTrainers().stream().map(AppUser::getUsername).sorted().toList(),
                c.getVersion());
    }

    /** The body as a form; the topic (in any case) and the dates are refused on their fields when they do not read. */
    CourseForm toForm() {
        BodyValues read = new BodyValues();
        Topic t = read.constant(Topic.class, "topic", topic);
        LocalDate start = read.date("startDate", startDate);
        LocalDate end = read.date("endDate", endDate);
        read.check();
        return new CourseForm(programme, site, title, t, Boolean.TRUE.equals(trainingOfTrainers), language, plannedHours,
                start, end, capacity, minAttendance, Boolean.TRUE.equals(assessed), passMark, trainers);
    }
}
