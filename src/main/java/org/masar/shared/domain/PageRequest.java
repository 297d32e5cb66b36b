package org.masar.shared.domain;

import java.util.Map;

/**
 * One page of a list as a table asks for it: offset, size, an optional sort and text filters by
 * attribute name, and which {@link Part} of the answer is wanted. Services accept only
 * attributes they name themselves.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters,
                          Part part) {

    public static final int MAX_SIZE = 500;

    /**
     * Tables ask for the total and for the rows in two calls; each should cost one query.
     * A {@link Page} answered without its total carries -1.
     */
    public enum Part { TOTAL_AND_ROWS, TOTAL, ROWS }

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_SIZE) {
            size = MAX_SIZE;
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        part = part == null ? Part.TOTAL_AND_ROWS : part;
    }

    public PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {
        this(first, size, sortField, ascending, filters, Part.TOTAL_AND_ROWS);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, Map.of());
    }

    public boolean wantsTotal() {
        return part != Part.ROWS;
    }

    public boolean wantsRows() {
        return part != Part.TOTAL;
    }
}
