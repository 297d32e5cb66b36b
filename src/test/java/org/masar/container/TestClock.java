package org.masar.container;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Test deployment only: the one Clock, set by the tests. An alternative enabled for the whole
 * deployment, its producer replaces Masar's own; it tells the real time until a test sets a moment.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class TestClock {

    private volatile Instant setTo;

    @Produces
    @Dependent
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                Instant at = instant();
                return Clock.fixed(at, zone);
            }

            @Override
            public Instant instant() {
                Instant fixed = setTo;
                return fixed == null ? Clock.systemUTC().instant() : fixed;
            }
        };
    }

    public void set(Instant at) {
        setTo = at;
    }

    public void reset() {
        setTo = null;
    }
}
