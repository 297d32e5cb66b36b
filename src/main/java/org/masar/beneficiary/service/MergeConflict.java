package org.masar.beneficiary.service;

import java.util.List;

/**
 * Something the two records hold that only one may keep, such as two active enrolments in one
 * pipeline: the manager picks one {@link Option} by its value, under the conflict's {@code id},
 * before the merge may run.
 */
public record MergeConflict(String id, MergeLine question, List<Option> options) {

    public record Option(String value, MergeLine label) {
    }

    public boolean accepts(String value) {
        return value != null && options.stream().anyMatch(o -> o.value().equals(value));
    }
}
