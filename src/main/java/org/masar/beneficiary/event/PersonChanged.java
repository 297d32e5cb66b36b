package org.masar.beneficiary.event;

import org.masar.shared.domain.DomainEvent;

/** A change of a person's record in the registry: observe this to hear of all of them. */
public sealed interface PersonChanged extends DomainEvent
        permits PersonRegistered, PersonEdited, ConsentChanged, PeopleMerged {

    long personId();

    String code();

    @Override
    default String subject() {
        return "person " + code();
    }
}
