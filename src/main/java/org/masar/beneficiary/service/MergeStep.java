package org.masar.beneficiary.service;

import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.service.Caller;

/**
 * What a module holds about a person that must follow their record when a duplicate is merged
 * into the record kept (the pipelines: enrolments; case work: notes and follow-ups). The registry
 * asks every step for its part of the preview, then, once the manager confirmed and chose where
 * two things conflict, has each apply its part in the merge's own transaction, before the
 * duplicate is marked merged. It knows none of them by name.
 */
public interface MergeStep {

    /** What would move from {@code duplicate} to {@code keep}, and what conflicts; nothing changes. */
    Part preview(Beneficiary keep, Beneficiary duplicate, Caller caller);

    /**
     * Moves this module's records of {@code duplicate} to {@code keep}, settling each conflict of
     * its preview as {@code choices} says (conflict id → option value); the registry has checked
     * that every conflict has a valid choice.
     */
    void apply(Beneficiary keep, Beneficiary duplicate, Map<String, String> choices, Caller caller);

    /** A step's part of the preview. */
    record Part(List<MergeLine> moves, List<MergeConflict> conflicts) {
    }
}
