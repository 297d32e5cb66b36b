package org.masar.training.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures' table: which cells a donor sees, which the rule hides, and the rows' and total's arithmetic. */
class FiguresTableTest {

    private static ProgrammeCounts counts(String code, long women, long men, long a, long b, long c, long d, long met,
                                          long certificates, long tot) {
        return new ProgrammeCounts(code, code, 2, 10, 1530, women, men, a, b, c, d, met, certificates, tot);
    }

    @Test
    void aSmallCountIsHiddenWithTheCountThatWouldGiveItBack() {
        // Women 3, men 12: 15 − 12 would give the 3 back, so 12 goes too; 15 stays.
        FiguresTable t = new FiguresTable(List.of(counts("TDU", 3, 12, 0, 5, 10, 0, 0, 0, 0)), false);
        FiguresTable.Row r = t.rows().get(0);
        assertTrue(r.women().isHidden());
        assertTrue(r.men().isHidden());
        assertNull(r.men().getValue());
        assertEquals(15L, r.participants().getValue());
        assertEquals(5L, r.age18to24().getValue(), "the bands add up to 15 with nobody of other ages: all shown");
        assertEquals(10L, r.age25to35().getValue());
        assertTrue(t.total().women().isHidden() && t.total().men().isHidden(), "the total row is the same row");
        assertTrue(t.anyHidden());
    }

    @Test
    void participantsOfOtherAgesAreAPartNobodyShowsButThatStillCounts() {
        // 10 of 18 to 24 and 2 of other ages out of 12: showing 10 and 12 gives the 2 away.
        FiguresTable t = new FiguresTable(List.of(counts("CRO", 6, 6, 0, 10, 0, 0, 0, 0, 0)), false);
        FiguresTable.Row r = t.rows().get(0);
        assertTrue(r.age18to24().isHidden());
        assertTrue(t.total().age18to24().isHidden(), "nor from the total row");
        assertEquals(12L, r.participants().getValue());
        assertEquals(6L, r.women().getValue());
    }

    @Test
    void aColumnTotalDoesNotUndoAHiddenCell() {
        // Certificates 2 and 9: a total of 11 less 9 would give the 2 back.
        FiguresTable t = new FiguresTable(List.of(counts("A", 10, 10, 0, 20, 0, 0, 0, 2, 0),
                counts("B", 10, 10, 0, 20, 0, 0, 0, 9, 0)), false);
        assertTrue(t.rows().get(0).certificates().isHidden());
        assertTrue(t.rows().get(1).certificates().isHidden() || t.total().certificates().isHidden());
        assertEquals(40L, t.total().participants().getValue());
        assertFalse(t.rows().get(0).women().isHidden());
    }

    @Test
    void zerosAndCountsOfFiveOrMoreStayShownAndStaffSeeEverything() {
        ProgrammeCounts small = counts("A", 1, 4, 1, 1, 1, 2, 3, 1, 1);
        FiguresTable donor = new FiguresTable(List.of(counts("B", 5, 5, 0, 10, 0, 0, 5, 0, 0)), false);
        assertFalse(donor.anyHidden());
        assertEquals(0L, donor.rows().get(0).certificates().getValue());
        FiguresTable staff = new FiguresTable(List.of(small), true);
        assertFalse(staff.anyHidden());
        assertEquals(List.of(1L, 1L, 1L, 2L), staff.rows().get(0).ageBands().stream().map(c -> c.getValue()).toList());
        assertEquals(5L, staff.total().participants().getValue());
    }

    @Test
    void hoursAreTheMinutesOfTheSessionsHeldToATenthAndTheTotalAddsTheRowsUp() {
        FiguresTable t = new FiguresTable(List.of(counts("A", 5, 5, 0, 10, 0, 0, 0, 0, 0),
                counts("B", 5, 5, 0, 10, 0, 0, 0, 0, 0)), false);
        assertEquals(25.5, t.rows().get(0).hours());
        assertEquals(51.0, t.total().hours());
        assertEquals(4, t.total().courses());
        assertEquals(20, t.total().sessionsHeld());
        assertNull(t.total().code());
        assertEquals(new FiguresTable(List.of(), false).total().participants().getValue(), 0L, "no course: zeros");
    }

    @Test
    void aPartLargerThanTheParticipantsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> counts("A", 1, 1, 0, 0, 0, 0, 3, 0, 0));
        assertEquals(2, counts("A", 3, 2, 0, 3, 0, 0, 0, 0, 0).otherAges());
    }
}
