package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.HostNames;
import org.masar.security.service.Caller;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.domain.FieldRefused;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.domain.Versions;

/**
 * Host organisations: recorded and described by internship coordinators, managers and
 * administrators, seen by case workers too ({@link InternshipAccess}); listed, searched and
 * filtered in the database. Recording a host whose name or registration number another host
 * already has stops at the duplicate check ({@link HostDuplicates}) until a reason is given.
 */
@ApplicationScoped
@Transactional
public class HostService {

    /** What a host list sorts by. */
    private static final String[] ATTRIBUTES = {"nameKey", "city", "country", "sector", "size"};

    /** Shortest reason that explains why a likely duplicate is recorded all the same. */
    public static final int REASON_MIN = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Host find(long id, Caller caller) {
        InternshipAccess.requireHosts(caller);
        Host h = em.find(Host.class, id);
        if (h == null) {
            throw new NotFound();
        }
        h.getTutors();
        return h;
    }

    /** A page of hosts, by name unless the request sorts otherwise. */
    public Page<Host> page(HostFilter filter, PageRequest request, Caller caller) {
        InternshipAccess.requireHosts(caller);
        HostFilter f = filter == null ? HostFilter.NONE : filter;
        PageRequest plain = new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(),
                java.util.Map.of(), request.part(), null);
        return PagedQuery.of(Host.class, ATTRIBUTES).defaultSort("nameKey").where((cb, root) -> where(cb, root, f))
                .run(em, plain);
    }

    private static Predicate where(CriteriaBuilder cb, Root<Host> root, HostFilter f) {
        List<Predicate> all = new ArrayList<>();
        if (f.name() != null && !f.name().isBlank()) {
            String key = HostNames.key(f.name());
            if (!key.isEmpty()) {
                all.add(cb.like(root.get("nameKey"), "%" + escape(key) + "%", '\\'));
            }
        }
        if (f.country() != null && !f.country().isBlank()) {
            all.add(cb.equal(root.get("country"), f.country().trim().toUpperCase(Locale.ROOT)));
        }
        if (f.city() != null && !f.city().isBlank()) {
            all.add(cb.equal(cb.lower(root.get("city")), f.city().trim().toLowerCase(Locale.ROOT)));
        }
        if (f.sector() != null) {
            all.add(cb.equal(root.get("sector"), f.sector()));
        }
        if (f.size() != null) {
            all.add(cb.equal(root.get("size"), f.size()));
        }
        if (f.activeOnly()) {
            all.add(cb.isTrue(root.get("active")));
        }
        return cb.and(all.toArray(Predicate[]::new));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The countries hosts are in, for the list's filter. */
    public List<String> countries(Caller caller) {
        InternshipAccess.requireHosts(caller);
        return em.createQuery("select distinct h.country from Host h order by h.country", String.class).getResultList();
    }

    /** The cities of the hosts in a country (all countries when none), for the list's filter. */
    public List<String> cities(String country, Caller caller) {
        InternshipAccess.requireHosts(caller);
        boolean all = country == null || country.isBlank();
        var q = em.createQuery("select distinct h.city from Host h" + (all ? "" : " where h.country = :c")
                + " order by h.city", String.class);
        return (all ? q : q.setParameter("c", country.trim().toUpperCase(Locale.ROOT))).getResultList();
    }

    /**
     * Records a host. Likely duplicates (same name key, or same registration number) refuse it with
     * the candidates unless {@code duplicateReason} says why it is another organisation.
     */
    public Host create(Host.Details details, String duplicateReason, Caller caller) {
        InternshipAccess.requireHostEdit(caller);
        Host h = Host.record(details, caller.username(), LocalDateTime.now(clock));
        gate(h, null, duplicateReason);
        em.persist(h);
        em.flush();
        return h;
    }

    /** Describes a host again from the version the caller saw; a change of name or number meets the duplicate check too. */
    public Host update(long id, int version, Host.Details details, String duplicateReason, Caller caller) {
        InternshipAccess.requireHostEdit(caller);
        Host h = find(id, caller);
        Versions.require(version, h.getVersion());
        String nameKey = h.getNameKey();
        String number = h.getRegistrationKey();
        h.describe(details);
        if (!h.getNameKey().equals(nameKey) || !java.util.Objects.equals(h.getRegistrationKey(), number)) {
            gate(h, h.getId(), duplicateReason);
        }
        em.flush();
        return h;
    }

    /** The hosts this one may duplicate, itself left out. */
    public List<HostDuplicates.Candidate> likelyDuplicates(Host h, Long self) {
        boolean number = h.getRegistrationKey() != null;
        var query = em.createQuery("select h from Host h where (h.nameKey = :name"
                        + (number ? " or h.registrationKey = :number" : "") + ")"
                        + (self == null ? "" : " and h.id <> :self") + " order by h.nameKey, h.id", Host.class)
                .setParameter("name", h.getNameKey());
        if (number) {
            query.setParameter("number", h.getRegistrationKey());
        }
        if (self != null) {
            query.setParameter("self", self);
        }
        List<Host> same = query.setMaxResults(10).getResultList();
        return same.stream().map(o -> new HostDuplicates.Candidate(o.getId(), o.getName(), o.getCity(), o.getCountry(),
                h.getRegistrationKey() != null && h.getRegistrationKey().equals(o.getRegistrationKey()))).toList();
    }

    private void gate(Host h, Long self, String reason) {
        List<HostDuplicates.Candidate> candidates = likelyDuplicates(h, self);
        if (candidates.isEmpty()) {
            return;
        }
        if (reason == null || reason.isBlank()) {
            throw new HostDuplicates(candidates);
        }
        if (reason.trim().length() < REASON_MIN) {
            throw new FieldRefused("duplicateReason", "internship.error.duplicateReason", REASON_MIN);
        }
        h.recordedDespiteDuplicates(reason.trim());
    }
}
