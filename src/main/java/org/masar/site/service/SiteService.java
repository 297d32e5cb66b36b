package org.masar.site.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.Names;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.domain.Versions;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;

/** The site tree: lookup, scope resolution and the administrator's edits. */
@ApplicationScoped
@Transactional
public class SiteService {

    private static final PagedQuery<Site> LIST = PagedQuery
            .of(Site.class, "code", "name", "level", "countryCode", "path", "active")
            .defaultSort("path");

    @PersistenceContext
    EntityManager em;

    public Page<Site> page(PageRequest request) {
        return LIST.run(em, request);
    }

    /** Every site, in tree order. The tree is reference data of some dozens of rows. */
    public List<Site> tree() {
        return em.createQuery("select s from Site s order by s.path", Site.class).getResultList();
    }

    public long count() {
        return em.createQuery("select count(s) from Site s", Long.class).getSingleResult();
    }

    public Optional<Site> byCode(String code) {
        return em.createQuery("select s from Site s where s.code = :code", Site.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Site get(long id) {
        return Optional.ofNullable(em.find(Site.class, id)).orElseThrow(NotFound::new);
    }

    public List<Site> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from Site s where s.code in :codes order by s.path", Site.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    /** The sites a scope reaches: each assigned site and everything under it, in tree order. */
    public List<Site> within(Scope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select s from Site s where ");
        List<String> roots = scope.rootPaths();
        for (int i = 0; i < roots.size(); i++) {
            jpql.append(i == 0 ? "" : " or ").append("s.path like :p").append(i);
        }
        var query = em.createQuery(jpql.append(" order by s.path").toString(), Site.class);
        for (int i = 0; i < roots.size(); i++) {
            query.setParameter("p" + i, PagedQuery.likePrefix(roots.get(i)));
        }
        return query.getResultList();
    }

    /** The sites of the scope, narrowed to the subtree of {@code siteCode} when one is given. */
    public SiteSelection selection(Scope scope, String siteCode) {
        // One read of the tree (some dozens of rows) per list: scope and filter are worked out here.
        List<Site> all = scope.isEmpty() ? List.of() : tree();
        List<Site> visible = all.stream().filter(s -> scope.includes(s.getPath())).toList();
        if (siteCode != null && !siteCode.isBlank()) {
            String prefix = visible.stream().filter(s -> s.getCode().equals(siteCode.trim()))
                    .map(Site::getPath).findFirst().orElse(null);
            if (prefix == null) {
                return new SiteSelection(false, List.of());
            }
            visible = visible.stream().filter(s -> s.getPath().startsWith(prefix)).toList();
        } else if (!visible.isEmpty() && visible.size() == all.size()) {
            return SiteSelection.every();
        }
        return new SiteSelection(false, visible.stream().map(Site::getId).toList());
    }

    public Site create(String parentCode, String code, String name) {
        return create(parentCode, code, Names.of(name));
    }

    /** A new site under {@code parentCode} (a country when none), with its names. */
    public Site create(String parentCode, String code, Names names) {
        String normalised = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (byCode(normalised).isPresent()) {
            throw InvalidInput.of("code", "site.error.codeTaken");
        }
        Site site;
        if (parentCode == null || parentCode.isBlank()) {
            if (!normalised.matches("[A-Z]{2}")) {
                throw InvalidInput.of("code", "site.error.countryCode");
            }
            site = Site.country(normalised, names);
        } else {
            Site parent = byCode(parentCode).orElseThrow(() -> InvalidInput.of("parent", "site.error.parentRequired"));
            site = Site.under(parent, normalised, names);
        }
        em.persist(site);
        return site;
    }

    public Site update(long id, int version, Names names, boolean active) {
        Site site = get(id);
        Versions.require(version, site.getVersion());
        site.rename(names);
        if (active) {
            site.activate();
        } else {
            site.deactivate();
        }
        return site;
    }
}
