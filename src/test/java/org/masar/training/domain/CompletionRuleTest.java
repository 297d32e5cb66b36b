package org.masar.training.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.shared.domain.InvalidInput;

/** The completion rule and at-risk, at their boundaries; how LATE and EXCUSED count. */
class CompletionRuleTest {

    private static final CompletionRule EIGHTY = new CompletionRule(80, false, null);

    private static Tally marks(Mark... marks) {
        return Tally.of(Arrays.asList(marks));
    }

    private static Tally times(int present, int late, int excused, int absent) {
        return new Tally(present, late, excused, absent);
    }

    @Test
    void exactlyTheMinimumMeetsTheRuleAndOneLessDoesNot() {
        assertTrue(EIGHTY.attendanceMet(times(4, 0, 0, 1)), "4 of 5 is 80 %");
        assertTrue(EIGHTY.attendanceMet(times(8, 0, 0, 2)), "8 of 10 is 80 %");
        assertFalse(EIGHTY.attendanceMet(times(7, 0, 0, 2)), "7 of 9 is 77 %");
        assertFalse(EIGHTY.attendanceMet(times(11, 0, 0, 3)), "11 of 14 is 78.6 %");
        assertTrue(EIGHTY.attendanceMet(times(12, 0, 0, 3)), "12 of 15 is 80 %");
        // A fraction just under the minimum is not rounded up.
        CompletionRule twoThirds = new CompletionRule(67, false, null);
        assertFalse(twoThirds.attendanceMet(times(2, 0, 0, 1)), "2 of 3 is 66.7 %, under 67");
        assertTrue(new CompletionRule(66, false, null).attendanceMet(times(2, 0, 0, 1)));
    }

    @Test
    void lateCountsAsAttended() {
        assertTrue(EIGHTY.attendanceMet(marks(Mark.LATE, Mark.LATE, Mark.PRESENT, Mark.LATE, Mark.ABSENT)));
        assertEquals(80, marks(Mark.LATE, Mark.LATE, Mark.PRESENT, Mark.LATE, Mark.ABSENT).percent());
    }

    @Test
    void excusedSessionsLeaveTheCountAltogether() {
        // 4 attended, 1 absent, 5 excused: 4 of 5, not 4 of 10.
        Tally t = times(4, 0, 5, 1);
        assertEquals(5, t.counted());
        assertEquals(10, t.held());
        assertEquals(80, t.percent());
        assertTrue(EIGHTY.attendanceMet(t));
        // Excused never helps either: 3 attended and 2 absent stays 60 % however many are excused.
        assertFalse(EIGHTY.attendanceMet(times(3, 0, 20, 2)));
    }

    @Test
    void anUnmarkedHeldSessionCountsAsAbsent() {
        List<Mark> marks = new ArrayList<>(List.of(Mark.PRESENT, Mark.PRESENT, Mark.PRESENT, Mark.PRESENT));
        marks.add(null);
        Tally t = Tally.of(marks);
        assertEquals(1, t.absent());
        assertTrue(EIGHTY.attendanceMet(t));
        marks.add(null);
        assertFalse(EIGHTY.attendanceMet(Tally.of(marks)));
    }

    @Test
    void nobodyMeetsTheRuleBeforeASessionCounts() {
        assertFalse(EIGHTY.attendanceMet(Tally.NONE));
        assertFalse(EIGHTY.attendanceMet(times(0, 0, 3, 0)), "all excused: nothing counts");
        assertNull(times(0, 0, 3, 0).percent());
        assertFalse(new CompletionRule(0, false, null).attendanceMet(Tally.NONE), "even a 0 % rule needs a session");
        assertTrue(new CompletionRule(0, false, null).attendanceMet(times(0, 0, 0, 1)));
    }

    @Test
    void anAssessedRuleAlsoTakesThePassMarkAndExactlyThePassMarkPasses() {
        CompletionRule assessed = new CompletionRule(80, true, 60);
        Tally enough = times(10, 0, 0, 0);
        assertTrue(assessed.met(enough, 60));
        assertFalse(assessed.met(enough, 59));
        assertFalse(assessed.met(enough, null), "no score yet");
        assertFalse(assessed.met(times(1, 0, 0, 1), 100), "the score does not make up for attendance");
        assertTrue(EIGHTY.met(enough, null), "no assessment: attendance alone");
    }

    @Test
    void aRuleIsMadeOfPercentagesAndAnAssessedOneHasAPassMark() {
        assertEquals("minAttendance", assertThrows(InvalidInput.class, () -> new CompletionRule(101, false, null))
                .fieldKeys().keySet().iterator().next());
        assertThrows(InvalidInput.class, () -> new CompletionRule(-1, false, null));
        assertEquals("training.error.passMarkRequired",
                assertThrows(InvalidInput.class, () -> new CompletionRule(80, true, null)).fieldKeys().get("passMark"));
        assertThrows(InvalidInput.class, () -> new CompletionRule(80, true, 101));
        assertNull(new CompletionRule(80, false, 50).getPassMark(), "a pass mark without an assessment is not kept");
    }

    @Test
    void atRiskWhenEvenPerfectAttendanceFromNowOnFallsShort() {
        // 10 sessions in all, rule 80 %: at most 2 may be missed.
        assertFalse(EIGHTY.atRisk(times(3, 0, 0, 2), 5), "7 of 10 at best? no: 8 of 10, exactly the minimum");
        assertTrue(EIGHTY.atRisk(times(2, 0, 0, 3), 5), "7 of 10 at best");
        assertFalse(EIGHTY.atRisk(times(0, 0, 0, 0), 10), "nothing held yet");
        assertFalse(EIGHTY.atRisk(times(0, 0, 0, 2), 8), "8 of 10 still possible");
        assertTrue(EIGHTY.atRisk(times(0, 0, 0, 3), 7));
        // Excused sessions do not push anyone into risk.
        assertFalse(EIGHTY.atRisk(times(2, 0, 6, 0), 2));
        // Nothing left: at risk exactly when the rule is not met.
        assertTrue(EIGHTY.atRisk(times(7, 0, 0, 2), 0));
        assertFalse(EIGHTY.atRisk(times(4, 0, 0, 1), 0));
        assertFalse(EIGHTY.atRisk(Tally.NONE, 0), "no session at all: nothing to judge");
    }

    @Test
    void ratesRoundDown() {
        assertEquals(66, times(2, 0, 0, 1).percent());
        assertEquals(100, times(3, 1, 0, 0).percent());
        assertEquals(0, times(0, 0, 0, 4).percent());
    }
}
