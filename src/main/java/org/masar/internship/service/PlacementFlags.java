package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.pipeline.service.EnrolmentFlags;
import org.masar.security.service.Caller;
import org.masar.shared.i18n.Texts;

/**
 * Internships' flags on enrolments listed (a caseload): what a running placement needs attention
 * for, as the placements list shows it ({@link PlacementQueries#ALERTS}) — a visa or insurance
 * ending before the internship does, an end within 30 days — for placements the caller sees.
 */
@ApplicationScoped
public class PlacementFlags implements EnrolmentFlags {

    @Inject
    PlacementQueries queries;

    @Override
    public Map<Long, List<Flag>> flags(Collection<Long> enrolmentIds, Caller caller) {
        Map<Long, List<Flag>> flags = new HashMap<>();
        if (enrolmentIds.isEmpty() || !PlacementAccess.seesPlacements(caller)) {
            return flags;
        }
        queries.ofEnrolments(enrolmentIds, caller).forEach((enrolment, line) -> {
            if (!line.alerts().isEmpty()) {
                flags.put(enrolment, line.alerts().stream()
                        .map(alert -> new Flag(locale -> Texts.get(locale, alert), "badge warn")).toList());
            }
        });
        return flags;
    }
}
