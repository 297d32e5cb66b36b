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
     * (a country-wide programme concerns a Sfax case worker too).
     */
    public List<ProgrammeView> visibleTo(Scope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        List<String> roots = scope.rootPaths();
        for (int i = 0; i < roots.size(); i++) {
            where.append(i == 0 ? "" : " or ").append("s.path like :r").append(i);
        }
        where.append(" or s.path in :ancestors");
        var ids = em.createQuery("select distinct p.id from Programme p join p.sites s where " + where, Long.class);
        for (int i = 0; i < roots.size(); i++) {
            ids.setParameter("r" + i, PagedQuery.likePrefix(roots.get(i)));
        }
        List<String> ancestors = new ArrayList<>(scope.ancestorPaths());
        ids.setParameter("ancestors", ancestors.isEmpty() ? List.of("-") : ancestors);
        return views(ids.getResultList());
    }

    private List<ProgrammeView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct p from Programme p join fetch p.leadPartner"
                        + " left join fetch p.partners left join fetch p.sites where p.id in :ids", Programme.class)
                .setParameter("ids", ids)
                .getResultList().stream()
                .map(ProgrammeView::of)
                .sorted(Comparator.comparing(ProgrammeView::getStartDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ProgrammeView::getCode))
                .toList();
    }

    public Page<Programme> page(PageRequest request) {
        return LIST.run(em, request);
    }

    /** A programme with its lead partner, partners and sites loaded, ready for the edit form. */
    public Programme forEdit(long id) {
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
     * Saves a new or edited programme. The form's copy carries the version it started from; the
     * partners and sites are given as ids, looked up here so that nothing unknown is linked.
     */
    public Programme save(Programme form, long leadPartnerId, Collection<Long> partnerIds, Collection<Long> siteIds) {
        byCode(form.getCode())
                .filter(other -> !other.getId().equals(form.getId()))
                .ifPresent(other -> {
                    throw InvalidInput.of("code", "programme.error.codeTaken");
                });
        if (!form.isEndNotBeforeStart()) {
            throw InvalidInput.of("endDate", "validation.programme.dates");
        }
        if (siteIds.isEmpty()) {
            throw InvalidInput.of("sites", "programme.error.sitesRequired");
        }
        Programme target;
        if (form.getId() == null) {
            target = new Programme();
        } else {
            target = Optional.ofNullable(em.find(Programme.class, form.getId())).orElseThrow(NotFound::new);
            Versions.require(form.getVersion(), target.getVersion());
        }
        target.setCode(form.getCode());
        target.setName(form.getName());
        target.setDonor(form.getDonor());
        target.setStartDate(form.getStartDate());
        target.setEndDate(form.getEndDate());
        target.setBudget(form.getBudget());
        target.setCurrency(form.getCurrency());
        target.setDescription(form.getDescription());
        target.setLeadPartner(Optional.ofNullable(em.find(Partner.class, leadPartnerId))
                .orElseThrow(() -> InvalidInput.of("leadPartner", "programme.error.leadPartner")));
        target.getPartners().clear();
        target.getPartners().addAll(find(Partner.class, partnerIds));
        target.getPartners().add(target.getLeadPartner());
        target.getSites().clear();
        target.getSites().addAll(find(Site.class, siteIds));
        if (target.getId() == null) {
            em.persist(target);
        }
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
