package org.masar.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.masar.shared.domain.InvalidInput;

/** Sessions planned weekly on given days between two dates, both included. */
class SeriesPlanTest {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);

    private static SeriesPlan plan(String from, String to, Set<DayOfWeek> days) {
        return new SeriesPlan(LocalDate.parse(from), LocalDate.parse(to), days, NINE, NOON, "Sfax, room 2");
    }

    @Test
    void everyGivenWeekdayBetweenTheTwoDatesBothIncluded() {
        // 2026-03-02 is a Monday; 2026-03-16 a Monday too.
        List<SeriesPlan.Planned> sessions = plan("2026-03-02", "2026-03-16",
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)).sessions();
        assertEquals(List.of("2026-03-02", "2026-03-04", "2026-03-09", "2026-03-11", "2026-03-16"),
                sessions.stream().map(s -> s.date().toString()).toList());
        assertTrue(sessions.stream().allMatch(s -> s.start().equals(NINE) && s.end().equals(NOON)
                && s.place().equals("Sfax, room 2")));
    }

    @Test
    void aSeriesOfOneDay() {
        assertEquals(1, plan("2026-03-04", "2026-03-04", EnumSet.of(DayOfWeek.WEDNESDAY)).sessions().size());
    }

    @Test
    void aSeriesThatMeetsNoneOfItsDaysIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> plan("2026-03-02", "2026-03-03", EnumSet.of(DayOfWeek.FRIDAY)).sessions());
        assertEquals("training.error.noSessionInSeries", refused.fieldKeys().get("days"));
    }

    @Test
    void everyFieldThatDoesNotReadIsNamed() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new SeriesPlan(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-01"), Set.of(), NOON, NINE,
                        null).sessions());
        assertEquals(Set.of("to", "days", "end"), refused.fieldKeys().keySet());
        assertEquals("training.error.endBeforeStart", refused.fieldKeys().get("to"));
        InvalidInput sameTime = assertThrows(InvalidInput.class,
                () -> new SeriesPlan(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09"),
                        Set.of(DayOfWeek.MONDAY), NINE, NINE, null).sessions());
        assertEquals("training.error.endBeforeStart", sameTime.fieldKeys().get("end"));
    }

    @Test
    void aSeriesTooLongToBeMeantIsRefused() {
        assertEquals(366, plan("2028-01-01", "2028-12-31", EnumSet.allOf(DayOfWeek.class)).sessions().size());
        assertThrows(InvalidInput.class, () -> plan("2026-01-01", "2027-12-31", EnumSet.allOf(DayOfWeek.class)).sessions());
    }
}
