package org.masar.training.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.masar.shared.domain.InvalidInput;

/**
 * Sessions planned as a series: every week on the given days, from one date to another (both
 * included), each at the same times and place (and, set by the service, the same trainer). The
 * sessions it gives are ordinary ones, edited one by one afterwards.
 */
public record SeriesPlan(LocalDate from, LocalDate to, Set<DayOfWeek> days, LocalTime start, LocalTime end,
                         String place) {

    /** More would be a typing error (a year of daily sessions is 366). */
    public static final int MAX_SESSIONS = 400;

    /** A session the series gives. */
    public record Planned(LocalDate date, LocalTime start, LocalTime end, String place) {
    }

    /** The sessions, in date order; refused per field when the series does not read. */
    public List<Planned> sessions() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (from == null) {
            problems.put("from", "training.error.date");
        }
        if (to == null) {
            problems.put("to", "training.error.date");
        } else if (from != null && to.isBefore(from)) {
            problems.put("to", "training.error.endBeforeStart");
        }
        if (days == null || days.isEmpty()) {
            problems.put("days", "training.error.days");
        }
        CourseSession.checkTimes(start, end, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Set<DayOfWeek> weekdays = EnumSet.copyOf(days);
        List<Planned> planned = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (weekdays.contains(d.getDayOfWeek())) {
                if (planned.size() == MAX_SESSIONS) {
                    throw InvalidInput.of("to", "training.error.tooManySessions", MAX_SESSIONS);
                }
                planned.add(new Planned(d, start, end, place));
            }
        }
        if (planned.isEmpty()) {
            throw InvalidInput.of("days", "training.error.noSessionInSeries");
        }
        return planned;
    }
}
