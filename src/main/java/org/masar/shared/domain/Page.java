package org.masar.shared.domain;

import java.util.List;

/**
 * One page of a list. {@code total} is exact unless {@code totalCapped}: large lists are counted
 * only up to {@link #COUNT_CAP}, and then say "more than {@code total}" — an exact count of a
 * million rows costs more than the page itself, and nobody pages through it. {@code next} is the
 * cursor of the row after the last one shown (for {@link PageRequest#after()}), null at the end
 * or when the page was not asked for by seek.
 */
public record Page<T>(List<T> rows, long total, boolean totalCapped, String next) {

    /** Counts stop here: a list that reaches it reads as "1,000+". */
    public static final int COUNT_CAP = 1000;

    public Page(List<T> rows, long total) {
        this(rows, total, false, null);
    }
}
