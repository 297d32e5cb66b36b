package org.masar.audit.service;

import java.time.LocalDate;
import org.masar.audit.domain.AuditAction;

/**
 * What the access history is narrowed to: one person (by code), one account, one kind of entry,
 * a span of days in the reader's zone (both ends included). Null means "any".
 */
public record AuditFilter(String personCode, String username, AuditAction action, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    /** The filters set, as the trail keeps them when the history itself is exported. */
    public String describe() {
        java.util.StringJoiner set = new java.util.StringJoiner(" ");
        if (personCode != null && !personCode.isBlank()) {
            set.add("person=" + personCode.strip());
        }
        if (username != null && !username.isBlank()) {
            set.add("user=" + username.strip());
        }
        if (action != null) {
            set.add("action=" + action);
        }
        if (from != null) {
            set.add("from=" + from);
        }
        if (to != null) {
            set.add("to=" + to);
        }
        return set.length() == 0 ? "all" : set.toString();
    }
}
