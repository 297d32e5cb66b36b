package org.masar.beneficiary.service;

import java.util.List;
import org.masar.shared.domain.BusinessException;

/** The duplicate gate: likely duplicates exist; saving needs the user's decision and a reason. */
public class DuplicatesFound extends BusinessException {

    private final transient List<Candidate> candidates;

    public DuplicatesFound(List<Candidate> candidates) {
        super("beneficiary.duplicates.found");
        this.candidates = List.copyOf(candidates);
    }

    @Override
    public java.util.Map<String, Object> extras() {
        return java.util.Map.of("candidates", candidates.stream().map(Candidate::code).toList());
    }

    @Override
    public boolean conflict() {
        return true;
    }

    public List<Candidate> candidates() {
        return candidates;
    }
}
