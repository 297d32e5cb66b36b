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
        return rootPaths.stream().anyMatch(root -> sitePath.startsWith(root) || root.startsWith(sitePath));
    }

    /** Paths of the sites above each root, up to the country: they contain part of the scope. */
    public Set<String> ancestorPaths() {
        Set<String> ancestors = new TreeSet<>();
        for (String root : rootPaths) {
            for (int slash = root.indexOf('/', 1); slash > 0 && slash < root.length() - 1;
                    slash = root.indexOf('/', slash + 1)) {
                ancestors.add(root.substring(0, slash + 1));
            }
        }
        return ancestors;
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
