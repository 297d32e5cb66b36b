package org.masar.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.masar.training.domain.CompletionRule;
import org.masar.training.domain.Topic;

/**
 * One demo course as the demo plans it: the regions tried in order for its people (the course is
 * held at the first one's site), what it teaches, its weekly sessions from {@code start} (the last
 * {@code open} of them not yet taken), its rule, and whether its participants who met the rule are
 * completed and certified by their records once it ended.
 */
record DemoCourse(List<String> regions, String title, Topic topic, boolean trainingOfTrainers, String language,
                  LocalDate start, int sessions, int open, LocalTime from, int hours, CompletionRule rule, String room,
                  boolean certify) {

    /** The day of the last session. */
    LocalDate end() {
        return start.plusWeeks(sessions - 1L);
    }

    /** A course of three-hour morning sessions (9:00–12:00), none open, its people completed and certified. */
    static DemoCourse of(List<String> regions, String title, Topic topic, String language, LocalDate start, int sessions,
                         CompletionRule rule, String room) {
        return new DemoCourse(regions, title, topic, false, language, start, sessions, 0, LocalTime.of(9, 0), 3, rule,
                room, true);
    }

    DemoCourse at(LocalTime newFrom, int newHours) {
        return new DemoCourse(regions, title, topic, trainingOfTrainers, language, start, sessions, open, newFrom, newHours,
                rule, room, certify);
    }

    /** The same course with its last {@code newOpen} sessions still to take: it runs, and nobody completes yet. */
    DemoCourse running(int newOpen) {
        return new DemoCourse(regions, title, topic, trainingOfTrainers, language, start, sessions, newOpen, from, hours,
                rule, room, false);
    }

    DemoCourse forTrainers() {
        return new DemoCourse(regions, title, topic, true, language, start, sessions, open, from, hours, rule, room, certify);
    }
}
