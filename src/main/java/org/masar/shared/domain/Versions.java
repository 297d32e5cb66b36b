package org.masar.shared.domain;

/** Optimistic-lock check for edits that arrive with the version the editor started from. */
public final class Versions {
    private Versions() {
    }

    public static void require(int expected, int actual) {
        if (expected != actual) {
            throw new ConcurrentChange(actual);
        }
    }
}
