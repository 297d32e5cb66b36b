package org.masar.site.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a user may see: the subtrees under the sites assigned to them. Held as the paths of those
 * sites; a site is in scope when its path starts with one of them.
 */
public final class Scope {

    private static final Scope NOTHING = new Scope(Set.of());

    private final Set<String> rootPaths;

    private Scope(Set<String> rootPaths) {
        this.rootPaths = Set.copyOf(rootPaths);
    }

    public static Scope nothing() {
        return NOTHING;
    }

    public static Scope of(Collection<Site> sites) {
        return ofPaths(sites.stream().map(Site::getPath).toList());
    }

    /** Keeps only the outermost paths: "/TN/" already covers "/TN/SFX/". */
    public static Scope ofPaths(Collection<String> paths) {
        Set<String> sorted = new TreeSet<>(paths);
        Set<String> roots = new TreeSet<>();
        for (String path : sorted) {
            if (roots.stream().noneMatch(path::startsWith)) {
                roots.add(path);
            }
        }
        return new Scope(roots);
    }

    public boolean includes(Site site) {
        return includes(site.getPath());
    }

    public boolean includes(String sitePath) {
        return rootPaths.stream().anyMatch(sitePath::startsWith);
    }

    /** True when the site lies in scope or contains part of it (a country-wide programme for a Sfax user). */
    public boolean overlaps(String sitePath) {
        return rootPaths.stream().anyMatch(root -> overlap(root, sitePath));
    }

    /** The one rule of two places that concern each other: one path lies under the other. */
    static boolean overlap(String path, String other) {
        return path.startsWith(other) || other.startsWith(path);
    }

    /**
     * Today's date for someone with this scope: in the zone of the country of its first site
     * (UTC for an empty scope). Dates about a person use the person's site instead.
     */
    public java.time.LocalDate today(java.time.Clock clock) {
        return java.time.LocalDate.now(clock.withZone(zone()));
    }

    /** The zone of the country of its first site (UTC for an empty scope): where its user reads times. */
    public java.time.ZoneId zone() {
        String country = rootPaths.stream().sorted().findFirst().map(Zones::countryOf).orElse(null);
        return Zones.of(country);
    }

    public boolean isEmpty() {
        return rootPaths.isEmpty();
    }

    public List<String> rootPaths() {
        return List.copyOf(rootPaths);
    }

    @Override
    public String toString() {
        return "Scope" + rootPaths;
    }
}
