package org.masar.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Masar's one source of time. Every service, page and job asks for the injected {@link Clock}
 * (in UTC: stored times are UTC) and turns it into a date in the zone of the site concerned
 * ({@code Site.today(clock)}), so that "today" in Kebili is Kebili's today whatever the server's
 * zone. Tests inject a fixed or shifted clock instead; nothing else calls {@code now()} bare.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Dependent
    Clock clock() {
        return Clock.systemUTC();
    }
}
