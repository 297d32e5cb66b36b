package org.masar.site.service;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.List;
import java.util.Optional;

/**
 * The sites a list may show: the caller's scope, narrowed to one site's subtree when a filter
 * asks. "Every site" needs no condition at all, which keeps MySQL on the list's own indexes.
 */
public record SiteSelection(boolean everySite, List<Long> ids) {

    static SiteSelection every() {
        return new SiteSelection(true, List.of());
    }

    /** Nothing to show: the scope is empty or the site asked for lies outside it. */
    public boolean isNone() {
        return !everySite && ids.isEmpty();
    }

    /** The condition on a site id, or empty when every site is in. */
    public Optional<Predicate> on(Expression<?> siteId) {
        return everySite ? Optional.empty() : Optional.of(siteId.in(ids));
    }
}
