package org.masar.internship.service;

import java.util.List;
import java.util.Map;
import org.masar.shared.domain.BusinessException;

/**
 * The host's likely duplicates: hosts of the same name once legal form, case, accents and spaces
 * are set aside, or of the same registration number. Recording it anyway takes a reason.
 */
public class HostDuplicates extends BusinessException {

    /** A likely duplicate, as the form lists it: which host, and why. */
    public record Candidate(long id, String name, String city, String country, boolean sameNumber) {
    }

    private final transient List<Candidate> candidates;

    public HostDuplicates(List<Candidate> candidates) {
        super("internship.duplicates.found");
        this.candidates = List.copyOf(candidates);
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    @Override
    public Map<String, Object> extras() {
        return Map.of("candidates", candidates.stream().map(c -> Map.of("id", c.id(), "name", c.name(), "city", c.city(),
                "country", c.country(), "sameNumber", c.sameNumber())).toList());
    }

    @Override
    public boolean conflict() {
        return true;
    }
}
