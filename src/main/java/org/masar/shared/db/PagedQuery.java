package org.masar.shared.db;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;

/**
 * Runs one page of an entity list in the database: count and rows, with the filters and sort of
 * a {@link PageRequest} applied to a whitelist of attributes (dotted paths reach into to-one
 * associations, e.g. "leadPartner.name"). Lists of every admin screen share it.
 */
public final class PagedQuery<T> {

    private final Class<T> type;
    private final Set<String> attributes;
    private BiFunction<CriteriaBuilder, Root<T>, Predicate> restriction = (cb, root) -> cb.conjunction();
    private String defaultSort = "id";

    private PagedQuery(Class<T> type, Set<String> attributes) {
        this.type = type;
        this.attributes = attributes;
    }

    public static <T> PagedQuery<T> of(Class<T> type, String... attributes) {
        return new PagedQuery<>(type, Set.of(attributes));
    }

    /** A fixed condition every row must meet, such as the caller's scope. */
    public PagedQuery<T> where(BiFunction<CriteriaBuilder, Root<T>, Predicate> condition) {
        this.restriction = condition;
        return this;
    }

    public PagedQuery<T> defaultSort(String attribute) {
        this.defaultSort = attribute;
        return this;
    }

    public Page<T> run(EntityManager em, PageRequest request) {
        return Paging.page(request, () -> count(em, request), () -> rows(em, request));
    }

    private long count(EntityManager em, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, request.filters()));
        return em.createQuery(count).getSingleResult();
    }

    private List<T> rows(EntityManager em, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root).where(predicates(cb, root, request.filters()));
        String sort = request.sortField() != null && attributes.contains(request.sortField())
                ? request.sortField() : defaultSort;
        Path<?> sortPath = path(root, sort);
        select.orderBy(request.ascending() ? cb.asc(sortPath) : cb.desc(sortPath), cb.asc(root.get("id")));
        return em.createQuery(select)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<T> root, Map<String, String> filters) {
        List<Predicate> all = new ArrayList<>();
        all.add(restriction.apply(cb, root));
        filters.forEach((attribute, value) -> {
            if (attributes.contains(attribute) && value != null && !value.isBlank()) {
                Path<?> path = path(root, attribute);
                Class<?> javaType = path.getJavaType();
                if (javaType.isEnum()) {
                    Object constant = enumConstant(javaType, value);
                    all.add(constant == null ? cb.disjunction() : cb.equal(path, constant));
                } else if (javaType == Boolean.class || javaType == boolean.class) {
                    all.add(cb.equal(path, Boolean.valueOf(value)));
                } else {
                    Expression<String> text = cb.lower(path.as(String.class));
                    all.add(cb.like(text, "%" + escape(value.trim().toLowerCase(Locale.ROOT)) + "%", '\\'));
                }
            }
        });
        return all.toArray(Predicate[]::new);
    }

    private static Path<?> path(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String part : dotted.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> enumType, String name) {
        try {
            return Enum.valueOf((Class) enumType, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A LIKE pattern for "starts with"; site paths hold only letters, digits, '-' and '/'. */
    public static String likePrefix(String prefix) {
        return escape(prefix) + "%";
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
