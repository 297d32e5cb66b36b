package org.masar.training.api;

import java.util.List;

/** Who to add: enrolments by id, a whole cohort by name, or both. */
public record AddParticipantsJson(List<Long> enrolmentIds, String cohort) {

    /** Who was added, and who was refused with the reason (a code and a sentence in the caller's language). */
    public record Added(List<AddedJson> added, List<RefusalJson> refused) {
    }

    public record AddedJson(long id, long enrolmentId, String code) {
    }

    public record RefusalJson(Long enrolmentId, String code, String reason, String message) {
    }
}
