package org.masar.training.service;

import java.time.LocalDate;
import org.masar.training.domain.Tally;

/**
 * A participant as a course's list shows them: code and names only (all a trainer may see of the
 * person), the marks over the held sessions, the rate, whether the rule is met and whether they
 * are at risk of not meeting it.
 */
public record ParticipantRow(long id, long enrolmentId, String code, String firstName, String lastName, LocalDate joinedOn,
                             Integer score, Tally tally, Integer rate, boolean met, boolean atRisk, int version) {
}
