package org.masar.pipeline.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.pipeline.domain.Enrolment;
import org.masar.security.service.Caller;

/** A person's enrolments, newest first, in the pipeline types the caller works,
 * read once per request for every part of a page that lists them. */
@RequestScoped
public class PersonEnrolments {

    @Inject
    EnrolmentService enrolments;

    private final Map<Long, List<Enrolment>> byPerson = new HashMap<>();

    public List<Enrolment> of(Beneficiary person, Caller caller) {
        return byPerson.computeIfAbsent(person.getId(), id -> enrolments.ofPerson(person, caller));
    }
}
