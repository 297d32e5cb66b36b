package org.masar.beneficiary.service;

import java.time.LocalDate;
import org.masar.shared.domain.Forbidden;

/**
 * The person withdrew consent to take part: they stay in every count, but their record is shown
 * only to managers and administrators. Says so, and since when, to anyone else who opens it.
 */
public class ParticipationWithdrawn extends Forbidden {

    private final String code;

    public ParticipationWithdrawn(String code, LocalDate withdrawnOn) {
        super("consent.withheld", code, withdrawnOn == null ? "—" : withdrawnOn.toString());
        this.code = code;
    }

    public String code() {
        return code;
    }
}
