package org.masar.beneficiary.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.domain.NameMatcher.SearchTerm;
import org.masar.beneficiary.domain.NameToken;
import org.masar.security.service.Caller;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.db.Paging;
import org.masar.shared.db.Seek;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.site.service.SiteSelection;

/**
 * The registry searched by name alone, in its usual order, from the name-search words (V14): each
 * word carries its person's site, taking part and sort key, so the words that start as typed are
 * one index range, scoped and sorted on its entries; the persons' rows are read for the page only.
 * The longest word typed leads (it starts the fewest words); each other word typed must start
 * another word of the same person. Same answer, order and cursors as the registry's own query.
 */
final class NameSearch {

    /** Past this many words starting as typed, one sort of all their rows beats a walk of each. */
    private static final int MAX_LEADS = 16;

    private final EntityManager em;
    private final List<SearchTerm> terms;
    private final SiteSelection sites;
    private final Caller caller;

    NameSearch(EntityManager em, List<SearchTerm> terms, SiteSelection sites, Caller caller) {
        this.em = em;
        this.terms = terms.stream().sorted(Comparator.comparingInt((SearchTerm t) -> t.prefix().length()).reversed()).toList();
        this.sites = sites;
        this.caller = caller;
    }

    Page<Beneficiary> page(PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        return Paging.capped(request, () -> {
            CriteriaQuery<Long> ids = cb.createQuery(Long.class);
            Root<NameToken> w = ids.from(NameToken.class);
            ids.select(w.get("beneficiaryId")).distinct(true).where(where(cb, ids, w, starts(cb, w, terms.get(0))));
            return em.createQuery(ids).setMaxResults(Page.COUNT_CAP + 1).getResultList().size();
        }, limit -> {
            int skip = request.after() == null ? request.first() : 0;
            List<String> leads = leadWords();
            if (leads.size() > MAX_LEADS) {
                return people(keys(cb, request, skip + limit, w -> starts(cb, w, terms.get(0)), true), skip, limit);
            }
            // Each word that the first word typed starts, walked in the list's order on its own index
            // range: its first rows of the page are found without sorting every person it names. The
            // page is the first rows of all of those, sorted once.
            Set<Long> candidates = new LinkedHashSet<>();
            for (String lead : leads) {
                candidates.addAll(keys(cb, request, skip + limit, w -> cb.equal(w.get("token"), lead), false));
            }
            return people(List.copyOf(candidates), skip, limit);
        }, b -> Seek.cursor(b.getLastName(), b.getFirstName(), b.getId()));
    }

    /**
     * The distinct words the first word typed starts (its skeleton too), read from the word index
     * without its rows; more than {@link #MAX_LEADS} answers as many, and the page is then one sort.
     */
    private List<String> leadWords() {
        SearchTerm lead = terms.get(0);
        List<String> words = new ArrayList<>(em.createQuery("SELECT DISTINCT w.token FROM NameToken w WHERE w.token LIKE :prefix"
                        + " ESCAPE '\\'", String.class).setParameter("prefix", PagedQuery.likePrefix(lead.prefix()))
                .setMaxResults(MAX_LEADS + 1).getResultList());
        if (lead.skeleton() != null && !words.contains(lead.skeleton())) {
            words.add(lead.skeleton());
        }
        return words;
    }

    /** The ids of the first {@code rows} rows (after the cursor) of the words {@code lead} picks, in the list's order. */
    private List<Long> keys(CriteriaBuilder cb, PageRequest request, int rows,
                            java.util.function.Function<Root<NameToken>, Predicate> lead, boolean distinct) {
        CriteriaQuery<Object[]> keys = cb.createQuery(Object[].class);
        Root<NameToken> w = keys.from(NameToken.class);
        List<Order> order = List.of(cb.asc(w.get("lastName")), cb.asc(w.get("firstName")), cb.asc(w.get("beneficiaryId")));
        List<Predicate> where = new ArrayList<>(List.of(where(cb, keys, w, lead.apply(w))));
        if (request.after() != null) {
            where.add(Seek.after(cb, order, request.after()));
        }
        keys.multiselect(w.get("lastName"), w.get("firstName"), w.get("beneficiaryId")).distinct(distinct)
                .where(where.toArray(Predicate[]::new)).orderBy(order);
        return em.createQuery(keys).setMaxResults(rows).getResultList().stream().map(row -> (Long) row[2]).toList();
    }

    /** Rows {@code skip} to {@code skip + limit} of {@code ids} in the list's order, with their sites in one more query. */
    private List<Beneficiary> people(List<Long> ids, int skip, int limit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM Beneficiary b WHERE b.id IN :ids ORDER BY b.lastName, b.firstName, b.id",
                        Beneficiary.class).setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "b.site")
                .setFirstResult(skip).setMaxResults(limit).getResultList();
    }

    private Predicate[] where(CriteriaBuilder cb, AbstractQuery<?> query, Root<NameToken> w, Predicate lead) {
        List<Predicate> all = new ArrayList<>();
        all.add(lead);
        sites.on(w.get("siteId")).ifPresent(all::add);
        TakingPart.shownTo(caller, cb, w).ifPresent(all::add);
        for (SearchTerm term : terms.subList(1, terms.size())) {
            Subquery<Long> other = query.subquery(Long.class);
            Root<NameToken> o = other.from(NameToken.class);
            // A count on the person's words, which MariaDB never turns into a semi-join over every word.
            other.select(cb.count(o)).where(cb.equal(o.get("beneficiaryId"), w.get("beneficiaryId")), starts(cb, o, term));
            all.add(cb.lessThan(cb.literal(0L), other));
        }
        return all.toArray(Predicate[]::new);
    }

    /** The word starts as typed, or shares the typed word's transliteration skeleton. */
    static Predicate starts(CriteriaBuilder cb, Path<NameToken> word, SearchTerm term) {
        Predicate starts = cb.like(word.get("token"), PagedQuery.likePrefix(term.prefix()), '\\');
        return term.skeleton() == null ? starts : cb.or(starts, cb.equal(word.get("token"), term.skeleton()));
    }
}
