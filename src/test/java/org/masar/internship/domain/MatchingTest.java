package org.masar.internship.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order hosts are suggested in: sector, city, languages in common, places free, name; inactive and full hosts left out. */
class MatchingTest {

    private static Matching.Candidate host(long id, String name, String city, HostSector sector, int capacity, long current,
                                           String... languages) {
        return new Matching.Candidate(id, name, HostNames.key(name), city, sector, true, capacity, current, Set.of(languages));
    }

    private static List<Long> order(Matching.Wish wish, List<Matching.Candidate> hosts) {
        return Matching.suggest(wish, hosts, 10).stream().map(s -> s.host().hostId()).toList();
    }

    @Test
    void theSectorComesFirstThenTheCityThenLanguagesThenPlacesFreeThenTheName() {
        var wish = new Matching.Wish(HostSector.ICT, "Milano", Set.of("IT", "fr"));
        List<Matching.Candidate> hosts = List.of(
                host(1, "Zeta", "Milano", HostSector.COMMERCE, 3, 0, "it", "fr"),       // other sector
                host(2, "Alfa", "Torino", HostSector.ICT, 3, 0, "it", "fr"),            // sector, not the city
                host(3, "Beta", "milano", HostSector.ICT, 3, 0, "it"),                 // sector, city, one language
                host(4, "Gamma", "Milano", HostSector.ICT, 3, 0, "it", "fr"),          // sector, city, both languages
                host(5, "Delta", "Milano", HostSector.ICT, 3, 2, "it"),                // as 3, fewer places free
                host(6, "Aleph", "Milano", HostSector.ICT, 2, 1, "it"));               // as 5 by places, first by name
        assertEquals(List.of(4L, 3L, 6L, 5L, 2L, 1L), order(wish, hosts));
    }

    @Test
    void hostsInactiveOrAtCapacityAreLeftOutAndTheLimitHolds() {
        var inactive = new Matching.Candidate(7, "Off", "off", "Milano", HostSector.ICT, false, 3, 0, Set.of());
        List<Matching.Candidate> hosts = List.of(host(1, "Full", "Milano", HostSector.ICT, 2, 2),
                host(2, "Closed", "Milano", HostSector.ICT, 0, 0), inactive, host(3, "Open", "Torino", HostSector.SERVICES, 1, 0));
        assertEquals(List.of(3L), order(new Matching.Wish(HostSector.ICT, "Milano", Set.of()), hosts));
        var many = java.util.stream.LongStream.rangeClosed(1, 30)
                .mapToObj(i -> host(i, "H" + (100 + i), "Milano", HostSector.ICT, 1, 0)).toList();
        assertEquals(5, Matching.suggest(new Matching.Wish(null, null, null), many, 5).size());
    }

    @Test
    void aSuggestionSaysWhyItRanks() {
        var s = Matching.suggest(new Matching.Wish(HostSector.ICT, " MILANO ", Set.of("fr", "ar")),
                List.of(host(1, "Gamma", "Milano", HostSector.ICT, 1, 0, "it", "fr")), 1).get(0);
        assertEquals(true, s.sameSector());
        assertEquals(true, s.sameCity());
        assertEquals(Set.of("fr"), s.commonLanguages());
    }
}
