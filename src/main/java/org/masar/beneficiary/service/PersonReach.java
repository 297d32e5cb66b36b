package org.masar.beneficiary.service;

import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.service.Caller;

/**
 * How a caller without the registry (a trainer, a coach, a loan officer) comes to see a person:
 * through the work they do with them. A module that holds such work contributes an
 * implementation (the pipelines: an enrolment in a pipeline the caller works); the registry asks
 * them all and knows none by name.
 */
public interface PersonReach {

    /** Whether the caller's work concerns this person, already found within their scope. */
    boolean reaches(Caller caller, Beneficiary person);
}
