package org.masar.beneficiary.service;

import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;

/**
 * What merging {@code duplicate} into {@code keep} will do, shown before the manager confirms:
 * what moves, and the conflicts they must settle.
 */
public record MergePreview(Beneficiary keep, Beneficiary duplicate, List<MergeLine> moves,
                           List<MergeConflict> conflicts) {
}
