package org.masar.internship.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Hosts suggested for a candidate: active hosts with a place left, the sector wanted first, then
 * the city, then the most languages in common with the host's tutors, then the most places free,
 * then by name. The rule is plain so that a coordinator can say why one host comes before another.
 */
public final class Matching {

    /** What the candidate looks for: a sector (or any), a city (or any), the languages they speak. */
    public record Wish(HostSector sector, String city, Set<String> languages) {
        public Wish {
            languages = languages == null ? Set.of()
                    : languages.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** A host as matching reads it: its place count and the languages its tutors speak. */
    public record Candidate(long hostId, String name, String nameKey, String city, HostSector sector, boolean active,
                            int capacity, long current, Set<String> languages) {
        public long free() {
            return Math.max(0, capacity - current);
        }
    }

    /** A suggestion and why: sector, city and the languages in common. */
    public record Suggestion(Candidate host, boolean sameSector, boolean sameCity, Set<String> commonLanguages) {
    }

    private static final Comparator<Suggestion> ORDER = Comparator
            .comparing((Suggestion s) -> !s.sameSector())
            .thenComparing(s -> !s.sameCity())
            .thenComparing(s -> -s.commonLanguages().size())
            .thenComparing(s -> -s.host().free())
            .thenComparing(s -> s.host().nameKey())
            .thenComparing(s -> s.host().hostId());

    private Matching() {
    }

    /** The hosts to suggest, best first, at most {@code limit}; inactive hosts and hosts at capacity left out. */
    public static List<Suggestion> suggest(Wish wish, List<Candidate> hosts, int limit) {
        return hosts.stream().filter(Candidate::active).filter(h -> h.free() > 0)
                .map(h -> new Suggestion(h, wish.sector() != null && wish.sector() == h.sector(),
                        wish.city() != null && !wish.city().isBlank() && wish.city().trim().equalsIgnoreCase(h.city()),
                        h.languages().stream().filter(wish.languages()::contains)
                                .collect(Collectors.toCollection(java.util.TreeSet::new))))
                .sorted(ORDER).limit(limit).toList();
    }
}
