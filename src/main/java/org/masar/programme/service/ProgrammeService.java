package org.masar.programme.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.Programme;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.domain.Versions;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;

/** Programmes: what a user's scope lets them see, and the administrator's edits. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    private static final PagedQuery<Programme> LIST = PagedQuery
            .of(Programme.class, "code", "name", "donor", "leadPartner.name", "startDate", "endDate", "currency")
            .defaultSort("code");

    @PersistenceContext
    EntityManager em;

    /**
     * Programmes that work somewhere in the scope: at one of its sites, under one, or above one
     * (a country-wide programme concerns a Sfax case worker too): {@link Programme#reaches(Scope)}.
     * Programmes are reference data of some dozens of rows, read in one query.
     */
    public List<ProgrammeView> visibleTo(Scope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct p from Programme p join fetch p.leadPartner"
                        + " left join fetch p.partners left join fetch p.sites", Programme.class)
                .getResultList().stream()
                .filter(p -> p.reaches(scope))
                .map(ProgrammeView::of)
                .sorted(Comparator.comparing(ProgrammeView::getStartDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ProgrammeView::getCode))
                .toList();
    }

    public Page<Programme> page(PageRequest request) {
        return LIST.run(em, request);
    }

    /** The edit form of a programme, filled from it with its lead partner, partners and sites. */
    public ProgrammeForm formFor(long id) {
        return ProgrammeForm.of(loaded(id));
    }

    /** A programme with its lead partner, partners and sites loaded. */
    public Programme loaded(long id) {
        return em.createQuery("select distinct p from Programme p join fetch p.leadPartner"
                        + " left join fetch p.partners left join fetch p.sites where p.id = :id", Programme.class)
                .setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(NotFound::new);
    }

    public Optional<Programme> byCode(String code) {
        return em.createQuery("select p from Programme p where p.code = :code", Programme.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /**
     * Saves a new or edited programme from its form. The form carries the version it started
     * from; the partners and sites are given as ids, looked up here so that nothing unknown is
     * linked. Every rule is checked before anything changes.
     */
    public Programme save(ProgrammeForm form) {
        byCode(form.getCode())
                .filter(other -> !other.getId().equals(form.getId()))
                .ifPresent(other -> {
                    throw InvalidInput.of("code", "programme.error.codeTaken");
                });
        if (!form.isEndNotBeforeStart()) {
            throw InvalidInput.of("endDate", "validation.programme.dates");
        }
        if (form.getSiteIds().isEmpty()) {
            throw InvalidInput.of("sites", "programme.error.sitesRequired");
        }
        Partner lead = Optional.ofNullable(form.getLeadPartnerId()).map(id -> em.find(Partner.class, id))
                .orElseThrow(() -> InvalidInput.of("leadPartner", "programme.error.leadPartner"));
        List<Partner> partners = find(Partner.class, form.getPartnerIds());
        List<Site> sites = find(Site.class, form.getSiteIds());
        if (form.isNew()) {
            Programme created = Programme.create(form.details(), lead, partners, sites);
            em.persist(created);
            em.flush();
            return created;
        }
        Programme target = Optional.ofNullable(em.find(Programme.class, form.getId())).orElseThrow(NotFound::new);
        Versions.require(form.getVersion(), target.getVersion());
        target.revise(form.details(), lead, partners, sites);
        em.flush();
        return target;
    }

    private <T> List<T> find(Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids)
                .getResultList();
    }
}
