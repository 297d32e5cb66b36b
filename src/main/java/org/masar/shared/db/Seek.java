package org.masar.shared.db;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.masar.shared.domain.InvalidInput;

/**
 * Paging by seek: the next page starts after the last row shown, found on the sort key's index,
 * so page 400 costs what page 1 does (OFFSET reads and drops every row before it). A cursor is
 * the sort key of that row — every column of the list's order, the unique id last — in an opaque
 * URL-safe string; columns of a seekable order are never null.
 */
public final class Seek {

    private static final String SEPARATOR = "\u001f";

    private Seek() {
    }

    /** The cursor of a row whose sort key is {@code values}, in the order's column order. */
    public static String cursor(Object... values) {
        List<String> parts = new ArrayList<>();
        for (Object value : values) {
            parts.add(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value));
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * "Comes after the row of {@code cursor} in {@code order}": k1 &gt; v1, or k1 = v1 and k2 &gt; v2,
     * and so on (&lt; for a descending column), a form MySQL and MariaDB read as ranges of the
     * sort index. A cursor that is not one of this order's answers 400 on "after".
     */
    public static Predicate after(CriteriaBuilder cb, List<Order> order, String cursor) {
        return after(cb, order, values(cursor, order.size()), false);
    }

    /**
     * "Comes at or after the row whose leading sort columns are the first values of
     * {@code cursor}": for a list that seeks first on a prefix of its key (the people of a page
     * of their enrolments), where the row of the cursor may have more rows after it.
     */
    public static Predicate atOrAfter(CriteriaBuilder cb, List<Order> order, String cursor, int cursorColumns) {
        return after(cb, order, values(cursor, cursorColumns).subList(0, order.size()), true);
    }

    private static Predicate after(CriteriaBuilder cb, List<Order> order, List<String> values, boolean inclusive) {
        List<Predicate> any = new ArrayList<>();
        if (inclusive) {
            List<Predicate> same = new ArrayList<>();
            for (int j = 0; j < order.size(); j++) {
                Expression<?> key = order.get(j).getExpression();
                same.add(cb.equal(key, value(key, values.get(j))));
            }
            any.add(cb.and(same.toArray(Predicate[]::new)));
        }
        for (int i = 0; i < order.size(); i++) {
            List<Predicate> all = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                Expression<?> key = order.get(j).getExpression();
                all.add(cb.equal(key, value(key, values.get(j))));
            }
            all.add(beyond(cb, order.get(i), values.get(i)));
            any.add(cb.and(all.toArray(Predicate[]::new)));
        }
        return cb.or(any.toArray(Predicate[]::new));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate beyond(CriteriaBuilder cb, Order order, String text) {
        Expression key = order.getExpression();
        Comparable value = value(key, text);
        return order.isAscending() ? cb.greaterThan(key, value) : cb.lessThan(key, value);
    }

    private static List<String> values(String cursor, int columns) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = Arrays.asList(text.split(SEPARATOR, -1));
            if (values.size() == columns) {
                return values;
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below, as every other cursor this list did not give out
        }
        throw InvalidInput.of("after", "api.error.cursor");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable value(Expression<?> key, String text) {
        Class<?> type = key.getJavaType();
        try {
            if (type == String.class) {
                return text;
            } else if (type == Long.class || type == long.class) {
                return Long.valueOf(text);
            } else if (type == Integer.class || type == int.class) {
                return Integer.valueOf(text);
            } else if (type == LocalDate.class) {
                return LocalDate.parse(text);
            } else if (type == LocalDateTime.class) {
                return LocalDateTime.parse(text);
            } else if (type.isEnum()) {
                return Enum.valueOf((Class) type, text);
            }
        } catch (RuntimeException unreadable) {
            throw InvalidInput.of("after", "api.error.cursor");
        }
        throw new IllegalArgumentException("cannot seek on " + type);
    }
}
