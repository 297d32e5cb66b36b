package org.masar.pipeline.domain;

import java.util.List;

/**
 * Why someone left a pipeline early. OTHER needs a few words of explanation. MERGED is never
 * chosen: it closes the one of two active enrolments of a person, found to be one person
 * registered twice, that the manager merging the records did not keep.
 */
public enum DropReason {
    NO_SHOW, FOUND_WORK, MOVED_AWAY, MIGRATED, INELIGIBLE, OTHER, MERGED;

    private static final List<DropReason> CHOSEN = List.of(NO_SHOW, FOUND_WORK, MOVED_AWAY, MIGRATED, INELIGIBLE, OTHER);

    /** The reasons a person dropping an enrolment may give: all but MERGED. */
    public static List<DropReason> chosen() {
        return CHOSEN;
    }
}
