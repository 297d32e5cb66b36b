package org.masar.beneficiary.service;

import java.util.List;
import java.util.Locale;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.site.domain.Scope;

/**
 * What a module adds to a person's one timeline: its own records about the person (registry
 * events, moves of every enrolment, notes, follow-ups; next: attendance, placements, loans). The
 * person comes resolved and within the caller's scope, which is given for sources that read
 * through scope-checking services; entries are in the reader's language.
 */
public interface TimelineSource {

    List<TimelineEntry> entries(Beneficiary person, Scope scope, Locale locale);
}
