package org.masar.pipeline.domain;

/** Why someone left a pipeline early. OTHER needs a few words of explanation. */
public enum DropReason {
    NO_SHOW, FOUND_WORK, MOVED_AWAY, MIGRATED, INELIGIBLE, OTHER
}
