package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryEvent;
import org.masar.beneficiary.domain.EventKind;
import org.masar.security.service.Caller;
import org.masar.shared.domain.Names;
import org.masar.shared.i18n.Localized;
import org.masar.shared.i18n.Texts;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/**
 * The registry's part of a timeline: registration, edits, consent, merges, and those of records
 * merged in; for those who work the registry (an edit's detail may name any part of the record).
 */
@ApplicationScoped
@Transactional
public class RegistryTimeline implements TimelineSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteService sites;

    @Override
    public List<TimelineEntry> entries(Beneficiary person, Caller caller) {
        if (!BeneficiaryAccess.usesRegistry(caller)) {
            return List.of();
        }
        List<BeneficiaryEvent> events = events(person.getId());
        // A registration's detail is the site's code: shown by the site's name, all sites in one query.
        Map<String, Names> registeredAt = sites.byCodes(events.stream()
                        .filter(e -> e.getKind() == EventKind.REGISTERED && e.getDetail() != null)
                        .map(BeneficiaryEvent::getDetail).distinct().toList())
                .stream().collect(Collectors.toMap(Site::getCode, Site::names));
        return events.stream()
                .map(e -> new TimelineEntry(e.getAt(), "event." + e.getKind(), "event-" + e.getKind(), e.getByUser(),
                        null, detail(e, registeredAt), null))
                .toList();
    }

    /** What a line says beyond its kind, in the reader's words where it is a code: a site, a consent's purpose. */
    private static Localized detail(BeneficiaryEvent e, Map<String, Names> sites) {
        return switch (e.getKind()) {
            case REGISTERED -> sites.containsKey(e.getDetail()) ? sites.get(e.getDetail()) : TimelineEntry.data(e.getDetail());
            case CONSENT_GIVEN, CONSENT_WITHDRAWN -> locale -> Texts.get(locale, "consent." + e.getDetail());
            default -> TimelineEntry.data(e.getDetail());
        };
    }

    /**
     * The person's history lines, oldest first, including those of records merged into them.
     * Ordered by id: MySQL drivers may round the stored times to the second.
     */
    List<BeneficiaryEvent> events(long personId) {
        return em.createQuery("select e from BeneficiaryEvent e where e.beneficiaryId = :id or e.beneficiaryId in"
                        + " (select m.id from Beneficiary m where m.mergedInto.id = :id) order by e.id",
                        BeneficiaryEvent.class)
                .setParameter("id", personId)
                .getResultList();
    }
}
