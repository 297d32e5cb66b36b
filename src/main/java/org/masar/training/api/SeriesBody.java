package org.masar.training.api;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import org.masar.training.domain.SeriesPlan;

/** A weekly series: every one of {@code days} (MONDAY…SUNDAY, any case) from {@code from} to {@code to}, both included. */
public record SeriesBody(String from, String to, List<String> days, String start, String end, String place, String trainer) {

    SeriesPlan toPlan() {
        BodyValues read = new BodyValues();
        var first = read.date("from", from);
        var last = read.date("to", to);
        List<DayOfWeek> weekdays = read.constants(DayOfWeek.class, "days", days);
        var begin = read.time("start", start);
        var finish = read.time("end", end);
        read.check();
        return new SeriesPlan(first, last, weekdays == null || weekdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : EnumSet.copyOf(weekdays), begin, finish, place);
    }
}
