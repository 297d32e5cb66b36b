package org.masar.training.service;

import java.time.LocalDate;
import java.util.List;
import org.masar.training.domain.Topic;

/**
 * A course as a form or a request gives it: the programme by code (fixed once planned), the site
 * by code, the trainers by user name, the completion rule as its three numbers.
 */
public record CourseForm(String programme, String site, String title, Topic topic, boolean trainingOfTrainers,
                         String language, Integer plannedHours, LocalDate startDate, LocalDate endDate, Integer capacity,
                         Integer minAttendance, boolean assessed, Integer passMark, List<String> trainers) {

    public CourseForm {
        trainers = trainers == null ? List.of() : List.copyOf(trainers);
    }
}
