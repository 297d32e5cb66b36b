package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.TimelineEntry;
import org.masar.beneficiary.service.TimelineSource;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.security.service.Caller;
import org.masar.shared.i18n.LocalDates;
import org.masar.shared.i18n.Texts;

/**
 * Internships' part of a person's timeline, for whom sees the placement ({@link PlacementAccess}):
 * the match with a host, the learning agreement signed by all three (dated at the last signature),
 * each document received and verified (by whom), and the outcome (an interruption with its reason).
 * Two queries whatever the number of placements: the placements, then their documents.
 */
@ApplicationScoped
@Transactional
public class PlacementTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<TimelineEntry> entries(Beneficiary person, Caller caller) {
        List<TimelineEntry> entries = new ArrayList<>();
        if (!PlacementAccess.seesPlacements(caller)) {
            return entries;
        }
        List<Placement> placements = em.createQuery("select p from Placement p join fetch p.enrolment e join fetch e.beneficiary b"
                        + " join fetch p.host join fetch p.sendingSite join fetch p.receivingSite"
                        + " where b.id = :id or b.mergedInto.id = :id order by p.id", Placement.class)
                .setParameter("id", person.getId()).getResultStream().filter(p -> PlacementAccess.sees(caller, p)).toList();
        if (placements.isEmpty()) {
            return entries;
        }
        // In the checklist's order (the kinds' own, not their names').
        List<PlacementDocument> documents = em.createQuery("select d from PlacementDocument d where d.placement in :p",
                PlacementDocument.class).setParameter("p", placements).getResultStream()
                .sorted(Comparator.comparing(PlacementDocument::getKind)).toList();
        for (Placement p : placements) {
            Long enrolment = p.getEnrolment().getId();
            String host = p.getHost().getName();
            LocalDate start = p.getPlannedStart();
            LocalDate end = p.getPlannedEnd();
            String city = p.getCity();
            entries.add(new TimelineEntry(p.getCreatedAt(), "internship.timeline.matched", "placement", p.getCreatedBy(),
                    TimelineEntry.data(host), locale -> Texts.get(locale, "internship.timeline.matchedDetail",
                    LocalDates.format(start, locale), LocalDates.format(end, locale), city), enrolment));
            Placement.Before before = p.before();
            if (before.signed()) {
                LocalDate last = Stream.of(before.signedByIntern(), before.signedByHost(), before.signedBySending())
                        .max(LocalDate::compareTo).orElseThrow();
                entries.add(new TimelineEntry(last.atStartOfDay(), "internship.timeline.signed", "placement", null,
                        TimelineEntry.data(host), locale -> Texts.get(locale, "internship.timeline.signedDetail",
                        LocalDates.format(before.signedByIntern(), locale), LocalDates.format(before.signedByHost(), locale),
                        LocalDates.format(before.signedBySending(), locale)), enrolment));
            }
            for (PlacementDocument d : documents) {
                if (!d.getPlacement().getId().equals(p.getId())) {
                    continue;
                }
                String kind = "internship.document." + d.getKind();
                if (d.getReceivedAt() != null) {
                    entries.add(new TimelineEntry(d.getReceivedAt(), "internship.timeline.received", "placement-document",
                            d.getReceivedBy(), locale -> Texts.get(locale, kind), TimelineEntry.data(host), enrolment));
                }
                if (d.getVerifiedAt() != null) {
                    entries.add(new TimelineEntry(d.getVerifiedAt(), "internship.timeline.verified", "placement-document done",
                            d.getVerifiedBy(), locale -> Texts.get(locale, kind), TimelineEntry.data(host), enrolment));
                }
            }
            if (p.getOutcome() != null) {
                String outcome = "internship.outcome." + p.getOutcome();
                String reason = p.getOutcomeReason();
                entries.add(new TimelineEntry(p.getEndedOn().atStartOfDay(), "internship.timeline.ended", "placement-ended",
                        null, locale -> Texts.get(locale, outcome) + " · " + host, TimelineEntry.data(reason), enrolment));
            }
        }
        return entries;
    }
}
