package org.masar.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.masar.shared.domain.InvalidInput;

/**
 * What a participant must do to complete a course: attend at least {@code minAttendance} percent
 * of the sessions that count, and, when the course is assessed, score at least {@code passMark}.
 * <ul>
 * <li>Attendance is attended ÷ counted: PRESENT and LATE are attended; EXCUSED sessions are taken
 *     out of the count (neither for nor against); ABSENT, and a held session left unmarked, count
 *     against. Only held sessions (attendance saved) count.</li>
 * <li>Exactly the minimum meets the rule (compared in whole numbers: attended × 100 ≥ minimum × counted,
 *     so 4 of 5 meets 80 %).</li>
 * <li>A participant for whom no session counts yet (none held, or all excused) does not meet it.</li>
 * <li>At risk: even present at every planned session not yet held, the participant would stay
 *     under the minimum. The assessment is not part of it: a score can still come.</li>
 * </ul>
 */
@Embeddable
public class CompletionRule {

    @Column(name = "min_attendance", nullable = false)
    private int minAttendance;

    @Column(nullable = false)
    private boolean assessed;

    @Column(name = "pass_mark")
    private Integer passMark;

    protected CompletionRule() {
    }

    /** A rule; refused on its field when the numbers are not percentages, or an assessed rule has no pass mark. */
    public CompletionRule(int minAttendance, boolean assessed, Integer passMark) {
        if (minAttendance < 0 || minAttendance > 100) {
            throw InvalidInput.of("minAttendance", "training.error.percent");
        }
        if (assessed && passMark == null) {
            throw InvalidInput.of("passMark", "training.error.passMarkRequired");
        }
        if (passMark != null && (passMark < 0 || passMark > 100)) {
            throw InvalidInput.of("passMark", "training.error.percent");
        }
        this.minAttendance = minAttendance;
        this.assessed = assessed;
        this.passMark = assessed ? passMark : null;
    }

    /** Whether the attendance alone meets the rule. */
    public boolean attendanceMet(Tally tally) {
        return tally.counted() > 0 && (long) tally.attended() * 100 >= (long) minAttendance * tally.counted();
    }

    /** Whether the participant meets the whole rule: attendance and, when assessed, the score. */
    public boolean met(Tally tally, Integer score) {
        return attendanceMet(tally) && (!assessed || score != null && score >= passMark);
    }

    /**
     * Whether the attendance can no longer reach the minimum, even present at all {@code remaining}
     * planned sessions. With nothing held and nothing planned there is nothing to judge: not at risk.
     */
    public boolean atRisk(Tally tally, int remaining) {
        int counted = tally.counted() + remaining;
        if (counted == 0) {
            return false;
        }
        return (long) (tally.attended() + remaining) * 100 < (long) minAttendance * counted;
    }

    public int getMinAttendance() {
        return minAttendance;
    }

    public boolean isAssessed() {
        return assessed;
    }

    public Integer getPassMark() {
        return passMark;
    }
}
