package org.masar.training.api;

import java.time.LocalDate;
import org.masar.training.service.ParticipantRow;

/**
 * A participant: code and names only, the marks over the held sessions that count for them, the
 * rate (whole percent, rounded down; null before any counts), whether the rule is met and whether
 * they are at risk, and the version to quote when saving their score.
 */
public record ParticipantJson(long id, long enrolmentId, String code, String firstName, String lastName,
                              LocalDate joinedOn, Integer score, int present, int late, int excused, int absent,
                              Integer rate, boolean met, boolean atRisk, int version) {

    static ParticipantJson of(ParticipantRow r) {
        return new ParticipantJson(r.id(), r.enrolmentId(), r.code(), r.firstName(), r.lastName(), r.joinedOn(), r.score(),
                r.tally().present(), r.tally().late(), r.tally().excused(), r.tally().absent(), r.rate(), r.met(),
                r.atRisk(), r.version());
    }
}
