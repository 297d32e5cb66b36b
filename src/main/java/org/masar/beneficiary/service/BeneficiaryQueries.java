package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.BeneficiaryGroup;
import org.masar.beneficiary.domain.Consent;
import org.masar.beneficiary.domain.GroupMember;
import org.masar.beneficiary.domain.NameMatcher;
import org.masar.beneficiary.domain.NameToken;
import org.masar.beneficiary.domain.ConsentPurpose;
import org.masar.beneficiary.domain.PhoneNumbers;
import org.masar.security.service.Caller;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.db.StreamedRows;
import org.masar.shared.db.Paging;
import org.masar.shared.db.Seek;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteSelection;
import org.masar.site.service.SiteService;

/**
 * Finding people: every filter, the caller's scope and the sort run in the database on indexed
 * columns; pages and exports never hold more than a chunk of rows.
 */
@ApplicationScoped
@Transactional
public class BeneficiaryQueries {

    private static final Set<String> SORTABLE = Set.of("code", "lastName", "firstName", "birthDate", "site.code");

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteService sites;

    @Inject
    Clock clock;

    /**
     * A page of the registry as the caller may be shown it: in scope and, but for managers and
     * administrators, only people who still take part. Counted up to {@link Page#COUNT_CAP};
     * with {@link PageRequest#after()} the page starts after that row, on the sort index.
     */
    public Page<Beneficiary> page(BeneficiaryFilter filter, PageRequest request, Caller caller) {
        BeneficiaryAccess.requireRegistry(caller);
        Scope scope = caller.scope();
        SiteSelection siteIds = sites.selection(scope, filter.siteCode());
        if (siteIds.isNone()) {
            return new Page<>(List.of(), 0);
        }
        String sort = sortOf(request);
        if (byNameAlone(filter, sort)) {
            return new NameSearch(em, NameMatcher.searchTerms(filter.name()), siteIds, caller).page(request);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        LocalDate today = scope.today(clock);
        return Paging.capped(request, () -> {
            // Ids of at most one more than the cap: the database stops reading there.
            CriteriaQuery<Long> ids = cb.createQuery(Long.class);
            Root<Beneficiary> counted = ids.from(Beneficiary.class);
            ids.select(counted.get("id")).where(predicates(caller, cb, ids, counted, filter, siteIds, today));
            return em.createQuery(ids).setMaxResults(Page.COUNT_CAP + 1).getResultList().size();
        }, limit -> {
            CriteriaQuery<Beneficiary> select = cb.createQuery(Beneficiary.class);
            Root<Beneficiary> b = select.from(Beneficiary.class);
            b.alias("b");
            List<Order> order = order(cb, b, sort, request.ascending());
            List<Predicate> where = new ArrayList<>(List.of(predicates(caller, cb, select, b, filter, siteIds, today)));
            if (request.after() != null) {
                where.add(Seek.after(cb, order, request.after()));
            }
            select.select(b).where(where.toArray(Predicate[]::new)).orderBy(order);
            TypedQuery<Beneficiary> query = withSites(em.createQuery(select)).setMaxResults(limit);
            return (request.after() == null ? query.setFirstResult(request.first()) : query).getResultList();
        }, row -> Seek.cursor(sortKey(row, sort)));
    }

    /**
     * Hands every matching person to {@code sink}, in id order, with site, groups and active
     * consents, for exports of any size: sites read once, then one streamed query of people
     * joined to their groups and consents, a person at a time in memory. Returns how many.
     */
    public int forEach(BeneficiaryFilter filter, Caller caller, Consumer<PersonLine> sink) {
        BeneficiaryAccess.requireRegistry(caller);
        Scope scope = caller.scope();
        SiteSelection siteIds = sites.selection(scope, filter.siteCode());
        if (siteIds.isNone()) {
            return 0;
        }
        Map<Long, Site> siteById = new HashMap<>();
        sites.tree().forEach(site -> siteById.put(site.getId(), site));
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> select = cb.createQuery(Object[].class);
        Root<Beneficiary> b = select.from(Beneficiary.class);
        Join<Beneficiary, BeneficiaryGroup> group = b.join("groups", JoinType.LEFT);
        Join<Beneficiary, Consent> consent = b.join("consents", JoinType.LEFT);
        consent.on(cb.isNull(consent.get("withdrawnOn")));
        List<Selection<?>> columns = new ArrayList<>();
        for (String field : PersonLine.COLUMNS) {
            columns.add(field.equals("site") ? StreamedRows.column(cb, b, "site_id", Long.class) : b.get(field));
        }
        columns.add(group);
        columns.add(consent.get("purpose"));
        select.multiselect(columns).where(predicates(caller, cb, select, b, filter, siteIds, scope.today(clock)))
                .orderBy(cb.asc(b.get("id")));
        PersonLine.Reader rows = new PersonLine.Reader(siteById, sink);
        StreamedRows.forEach(em, em.createQuery(select), rows::read);
        return rows.finish();
    }

    /**
     * Sites of a page come in one extra "id IN (…)" query. A join would let MySQL start from the
     * site table and sort every person in scope before taking the page.
     */
    private static <T> jakarta.persistence.TypedQuery<T> withSites(jakarta.persistence.TypedQuery<T> query) {
        return query.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "b.site");
    }

    private Predicate[] predicates(Caller caller, CriteriaBuilder cb, CriteriaQuery<?> query, Root<Beneficiary> b,
                                   BeneficiaryFilter f, SiteSelection siteIds, LocalDate today) {
        List<Predicate> all = new ArrayList<>();
        siteIds.on(b.get("site").get("id")).ifPresent(all::add);
        all.add(cb.isNull(b.get("mergedInto")));
        TakingPart.shownTo(caller, cb, b).ifPresent(all::add);
        if (has(f.quick())) {
            String q = f.quick().trim();
            List<Predicate> any = new ArrayList<>();
            any.add(cb.equal(b.get("code"), q.toUpperCase(Locale.ROOT)));
            any.add(cb.equal(b.get("documentNumber"), q.toUpperCase(Locale.ROOT)));
            for (String country : List.of("TN", "MA", "IT")) {
                PhoneNumbers.normalise(q, country).ifPresent(phone -> any.add(cb.equal(b.get("phone"), phone)));
            }
            all.add(cb.or(any.toArray(Predicate[]::new)));
        }
        if (has(f.name())) {
            // Every word typed must start a word of the names, or share its transliteration skeleton.
            List<NameMatcher.SearchTerm> terms = NameMatcher.searchTerms(f.name());
            if (terms.isEmpty()) {
                all.add(cb.disjunction()); // symbols alone name nobody: never read as no filter, which lists everyone
            }
            for (NameMatcher.SearchTerm term : terms) {
                Subquery<Long> ids = query.subquery(Long.class);
                Root<NameToken> t = ids.from(NameToken.class);
                ids.select(t.get("beneficiaryId")).where(NameSearch.starts(cb, t, term));
                all.add(b.get("id").in(ids));
            }
        }
        if (f.sex() != null) {
            all.add(cb.equal(b.get("sex"), f.sex()));
        }
        if (f.ageBand() != null) {
            all.add(cb.between(b.get("birthDate"), f.ageBand().bornFrom(today), f.ageBand().bornUntil(today)));
        }
        // Groups and consent as a count per person on their own table's key, which MariaDB and MySQL
        // never turn into a semi-join: the list walks its sort index and stops at the page (or the
        // count's cap), instead of reading every member of a large group or every consent first.
        if (f.group() != null) {
            Subquery<Long> member = query.subquery(Long.class);
            Root<GroupMember> g = member.from(GroupMember.class);
            member.select(cb.count(g)).where(cb.equal(g.get("beneficiaryId"), b.get("id")), cb.equal(g.get("grp"), f.group()));
            all.add(cb.lessThan(cb.literal(0L), member));
        }
        if (f.consent() != null) {
            Subquery<Long> consenting = query.subquery(Long.class);
            Root<Consent> c = consenting.from(Consent.class);
            consenting.select(cb.count(c)).where(cb.equal(c.get("beneficiary"), b),
                    cb.equal(c.get("purpose"), f.consent()), cb.isNull(c.get("withdrawnOn")));
            all.add(cb.lessThan(cb.literal(0L), consenting));
        }
        return all.toArray(Predicate[]::new);
    }

    /** A name and nothing else but a site, in the usual order: the name-search words alone answer it. */
    private static boolean byNameAlone(BeneficiaryFilter f, String sort) {
        return sort == null && has(f.name()) && !NameMatcher.searchTerms(f.name()).isEmpty() && !has(f.quick())
                && f.sex() == null && f.ageBand() == null && f.group() == null && f.consent() == null;
    }

    private static String sortOf(PageRequest request) {
        return request.sortField() != null && SORTABLE.contains(request.sortField()) ? request.sortField() : null;
    }

    /** The list's order: the chosen column, or last then first name; the id last, so that every row has its place. */
    private static List<Order> order(CriteriaBuilder cb, Root<Beneficiary> b, String sort, boolean ascending) {
        List<Order> order = new ArrayList<>();
        if (sort != null) {
            Path<?> path = sort.equals("site.code") ? b.get("site").get("code") : b.get(sort);
            order.add(ascending ? cb.asc(path) : cb.desc(path));
        } else {
            order.add(cb.asc(b.get("lastName")));
            order.add(cb.asc(b.get("firstName")));
        }
        order.add(cb.asc(b.get("id")));
        return order;
    }

    /** The values of {@link #order} for one row, for its cursor. */
    private static Object[] sortKey(Beneficiary b, String sort) {
        if (sort == null) {
            return new Object[] {b.getLastName(), b.getFirstName(), b.getId()};
        }
        Object value = switch (sort) {
            case "code" -> b.getCode();
            case "lastName" -> b.getLastName();
            case "firstName" -> b.getFirstName();
            case "birthDate" -> b.getBirthDate();
            default -> b.getSite().getCode();
        };
        return new Object[] {value, b.getId()};
    }

    private static boolean has(String text) {
        return text != null && !text.isBlank();
    }
}
