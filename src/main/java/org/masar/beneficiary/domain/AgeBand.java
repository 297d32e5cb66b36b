package org.masar.beneficiary.domain;

import java.time.LocalDate;
import java.time.Period;

/** The donors' age bands. Derived from the birth date on a given day, never stored. */
public enum AgeBand {
    A15_17(15, 17), A18_24(18, 24), A25_35(25, 35), A36_64(36, 64), A65_PLUS(65, 150);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /** The band of someone born on {@code birthDate}, on {@code on}; null under 15. */
    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        int age = age(birthDate, on);
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        return null;
    }

    /** Earliest birth date still in this band on {@code on} (inclusive). */
    public LocalDate bornFrom(LocalDate on) {
        return on.minusYears(to + 1L).plusDays(1);
    }

    /** Latest birth date already in this band on {@code on} (inclusive). */
    public LocalDate bornUntil(LocalDate on) {
        return on.minusYears(from);
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }
}
