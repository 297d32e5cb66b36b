package org.masar.training.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masar.training.domain.Mark;
import org.masar.training.domain.Tally;

/** Which sessions count for a participant: held ones, unmarked as absent unless before they joined. */
class CourseRegisterTest {

    private static final LocalDate JOINED = LocalDate.parse("2026-03-10");

    private static CourseRegister.SessionDay day(long id, String date, boolean held) {
        return new CourseRegister.SessionDay(id, LocalDate.parse(date), held);
    }

    @Test
    void heldSessionsCountUnmarkedAsAbsentFromTheDayTheParticipantJoined() {
        List<CourseRegister.SessionDay> sessions = List.of(day(1, "2026-03-03", true), day(2, "2026-03-10", true),
                day(3, "2026-03-17", true), day(4, "2026-03-24", false));
        Tally t = CourseRegister.tally(sessions, JOINED, Map.of(3L, Mark.LATE));
        assertEquals(new Tally(0, 1, 0, 1), t, "session 1 before joining and unmarked: left out; 2 unmarked: absent");
        assertEquals(new Tally(1, 1, 0, 1), CourseRegister.tally(sessions, JOINED, Map.of(1L, Mark.PRESENT, 3L, Mark.LATE)),
                "a mark given before joining counts all the same");
        assertEquals(new Tally(0, 0, 0, 0), CourseRegister.tally(List.of(day(4, "2026-03-24", false)), JOINED,
                Map.of(4L, Mark.PRESENT)), "a session not held does not count, even marked");
    }
}
