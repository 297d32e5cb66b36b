package org.masar.training.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often one address may check certificates without signing in: {@link #MAX_CHECKS} in any
 * {@link #WINDOW}, so that codes cannot be guessed by trying them. Kept in memory per server (a
 * restart forgets it); the oldest addresses go first past {@link #MAX_ADDRESSES}.
 */
public final class VerifyThrottle {

    public static final int MAX_CHECKS = 10;
    public static final Duration WINDOW = Duration.ofMinutes(10);
    static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> checks = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    /** Counts a check from {@code address} at {@code now}; false when the address has checked too often. */
    public synchronized boolean allow(String address, Instant now) {
        Deque<Instant> recent = checks.computeIfAbsent(address, a -> new ArrayDeque<>());
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
            recent.pollFirst();
        }
        if (recent.size() >= MAX_CHECKS) {
            return false;
        }
        recent.addLast(now);
        return true;
    }
}
