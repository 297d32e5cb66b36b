package org.masar.site.domain;

/** Levels of the site tree, from the top. A site's parent is always one level up. */
public enum SiteLevel {
    COUNTRY, REGION, MUNICIPALITY;

    public boolean canBeChildOf(SiteLevel parent) {
        return parent != null && parent.ordinal() == ordinal() - 1;
    }
}
