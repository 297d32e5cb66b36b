package org.masar.beneficiary.event;

import java.time.LocalDateTime;
import org.masar.beneficiary.domain.ConsentPurpose;

/** Consent for one purpose was given ({@code given}) or withdrawn. */
public record ConsentChanged(long personId, String code, ConsentPurpose purpose, boolean given, String by,
                             LocalDateTime at) implements PersonChanged {
}
