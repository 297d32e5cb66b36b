package org.masar.internship.service;

import org.masar.internship.domain.DocumentKind;

/**
 * What a placement list is narrowed to: a name typed (the intern's name or code, or the host's
 * name), running or ended placements or both, one host, a document still missing, and "needs
 * attention" (a visa or insurance ending before the internship does, or an end within 30 days).
 */
public record PlacementFilter(String name, Status status, Long hostId, DocumentKind missing, boolean attention) {

    public static final PlacementFilter NONE = new PlacementFilter(null, Status.ALL, null, null, false);

    public enum Status {
        RUNNING, ENDED, ALL
    }

    public PlacementFilter {
        status = status == null ? Status.ALL : status;
    }
}
