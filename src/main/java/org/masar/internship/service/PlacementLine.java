package org.masar.internship.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.Outcome;
import org.masar.shared.domain.Names;

/**
 * A placement as lists show it: the intern, the host, the dates, the journey's stage, the outcome,
 * each document's state, and what needs the coordinator's attention (message keys of
 * {@link PlacementQueries#ALERTS}).
 */
public record PlacementLine(long id, long enrolmentId, String personCode, String firstName, String lastName,
                            long hostId, String hostName, String city, LocalDate plannedStart, LocalDate plannedEnd,
                            String stageCode, Names stageNames, Outcome outcome, boolean visaNeeded,
                            Map<DocumentKind, DocumentState> documents, List<String> alerts) {

    public PlacementLine {
        documents = Map.copyOf(documents);
        alerts = List.copyOf(alerts);
    }

    public DocumentState state(DocumentKind kind) {
        return documents.getOrDefault(kind, DocumentState.MISSING);
    }
}
