package org.masar.training.service;

import java.time.LocalDate;

/**
 * What training in figures counts: one programme (its code) or all in reach, and the courses that
 * start in a period — from and to both included, either open. A course belongs to the period it
 * starts in, with all its sessions, participants and certificates, so that periods side by side
 * add up and nobody is counted in two of them.
 */
public record FiguresFilter(String programme, LocalDate from, LocalDate to) {

    public static final FiguresFilter ALL = new FiguresFilter(null, null, null);

    /** The programme's code as stored, or null for every programme. */
    public String programmeCode() {
        return programme == null || programme.isBlank() ? null : programme.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
