package org.masar.casework.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.security.service.Caller;

/**
 * A person's notes and follow-ups, read once per request for every part of a page that shows
 * them (the profile's sections and its timeline).
 */
@RequestScoped
public class PersonCaseWork {

    @Inject
    CaseWorkService casework;

    private final Map<Long, List<CaseNote>> notes = new HashMap<>();
    private final Map<Long, List<FollowUp>> followUps = new HashMap<>();

    public List<CaseNote> notes(Beneficiary person, Caller caller) {
        return notes.computeIfAbsent(person.getId(), id -> casework.notes(person, caller));
    }

    public List<FollowUp> followUps(Beneficiary person, Caller caller) {
        return followUps.computeIfAbsent(person.getId(), id -> casework.followUps(person, caller));
    }
}
