package org.masar.beneficiary.service;

import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.service.Caller;

/**
 * What a module adds to a person's one timeline: its own records about the person (registry
 * events, moves of every enrolment, notes, follow-ups; next: attendance, placements, loans). The
 * person comes resolved and within the caller's scope; the caller is given so that each source
 * shows only what the caller's roles may be shown (README, "Need to know"). No locale is given:
 * an entry's words are said when the page renders them, in the page's language ({@link TimelineEntry}).
 */
public interface TimelineSource {

    List<TimelineEntry> entries(Beneficiary person, Caller caller);
}
