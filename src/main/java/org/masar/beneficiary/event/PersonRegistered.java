package org.masar.beneficiary.event;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A person was registered at a site. When the duplicate gate found likely duplicates and the
 * registrar said this is someone else, {@code overrideReason} and the candidates' codes say so.
 */
public record PersonRegistered(long personId, String code, String siteCode, String overrideReason,
                               List<String> candidates, String by, LocalDateTime at) implements PersonChanged {

    public PersonRegistered {
        candidates = List.copyOf(candidates);
    }
}
