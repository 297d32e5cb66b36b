package org.masar.beneficiary.service;

import java.util.List;
import java.util.Locale;
import org.masar.beneficiary.domain.Beneficiary;

/**
 * What a module adds to a person's one timeline: its own records about the person (registry
 * events, moves of every enrolment, notes, follow-ups; next: attendance, placements, loans). The
 * person comes resolved and within the caller's scope; entries are in the reader's language.
 */
public interface TimelineSource {

    List<TimelineEntry> entries(Beneficiary person, Locale locale);
}
