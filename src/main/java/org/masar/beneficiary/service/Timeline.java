package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.shared.domain.NotFound;
import org.masar.security.service.Caller;
import org.masar.security.service.FullNames;
import org.masar.security.service.StaffNames;

/**
 * One person, one timeline: the entries every module contributes through a {@link TimelineSource}
 * (the registry's own history, moves, notes, follow-ups…), newest first. The timeline knows no
 * module by name.
 */
@ApplicationScoped
@Transactional
public class Timeline {

    @Inject
    @Any
    Instance<TimelineSource> sources;

    @Inject
    StaffNames staff;

    /** The person's timeline; the person was resolved by the caller's page and must be in scope. */
    public List<TimelineEntry> of(Beneficiary person, Caller caller) {
        if (!caller.scope().includes(person.getSite())) {
            throw new NotFound();
        }
        List<TimelineEntry> entries = new ArrayList<>();
        sources.forEach(source -> entries.addAll(source.entries(person, caller)));
        // Oldest first, stable for lines stored within the same second, then turned round.
        entries.sort(Comparator.comparing(TimelineEntry::getAt));
        Collections.reverse(entries);
        // Who acted, by name: one query for the whole timeline.
        FullNames names = staff.of(entries.stream().map(TimelineEntry::getWho).toList());
        return entries.stream().map(e -> e.by(names.of(e.getWho()))).toList();
    }
}
