package org.masar.internship.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The rules placements are held to, apart from the records: an internship lasts at least
 * {@value #MIN_DAYS} days and ends after it starts; a document with a validity covers the planned
 * dates when it is valid from the first day to the last; a visa is needed when the host is in
 * another country than the one the intern lives in.
 */
public final class PlacementRules {

    public static final int MIN_DAYS = 60;
    /** How far ahead a placement ending soon is listed among the coordinator's alerts. */
    public static final int ENDING_DAYS = 30;

    private PlacementRules() {
    }

    /** The planned length in days, first and last day counted. */
    public static long days(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The message key of what is wrong with the planned dates, or null when they hold. */
    public static String datesProblem(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return "internship.error.dates";
        }
        if (!end.isAfter(start)) {
            return "internship.error.endBeforeStart";
        }
        return days(start, end) < MIN_DAYS ? "internship.error.tooShort" : null;
    }

    /** Whether a validity from {@code from} to {@code to} covers every day of the placement. */
    public static boolean covers(LocalDate from, LocalDate to, LocalDate start, LocalDate end) {
        return from != null && to != null && !from.isAfter(start) && !to.isBefore(end);
    }

    /** Whether the intern needs a visa: the host's country is not the one they live in (unknown counts as another). */
    public static boolean visaNeeded(String hostCountry, String residenceCountry) {
        return residenceCountry == null || hostCountry == null
                || !hostCountry.trim().toUpperCase(Locale.ROOT).equals(residenceCountry.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether a validity ends before the placement does: an alert while there is time to renew it. */
    public static boolean expiresBeforeEnd(LocalDate to, LocalDate plannedEnd) {
        return to != null && to.isBefore(plannedEnd);
    }

    /** Whether a placement still running ends within {@link #ENDING_DAYS} days of {@code today}. */
    public static boolean endingSoon(LocalDate plannedEnd, LocalDate today) {
        return !plannedEnd.isBefore(today) && !plannedEnd.isAfter(today.plusDays(ENDING_DAYS));
    }
}
