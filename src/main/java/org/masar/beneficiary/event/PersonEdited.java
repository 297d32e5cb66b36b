package org.masar.beneficiary.event;

import java.time.LocalDateTime;
import java.util.List;

/** A person's record was edited: each field that changed, with its value before and after. */
public record PersonEdited(long personId, String code, List<FieldChange> changes, String by, LocalDateTime at)
        implements PersonChanged {

    /** One field's change; values as text, null for none. */
    public record FieldChange(String field, String before, String after) {
    }

    public PersonEdited {
        changes = List.copyOf(changes);
    }

    /** The names of the fields that changed, in order. */
    public List<String> fields() {
        return changes.stream().map(FieldChange::field).toList();
    }
}
