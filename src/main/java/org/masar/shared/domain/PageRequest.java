package org.masar.shared.domain;

import java.util.Map;

/**
 * One page of a list as a table asks for it: offset, size, an optional sort and text filters by
 * attribute name, which {@link Part} of the answer is wanted, and optionally the cursor of the row
 * to start after ({@link Page#next()} of the page before): a list that supports it then seeks on
 * its sort key, at any depth, and ignores the offset. Services accept only attributes they name
 * themselves.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters,
                          Part part, String after) {

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
        after = after == null || after.isBlank() ? null : after;
    }

    public PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters, Part part) {
        this(first, size, sortField, ascending, filters, part, null);
    }

    public PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {
        this(first, size, sortField, ascending, filters, Part.TOTAL_AND_ROWS, null);
    }

    /**
     * Page number {@code page} (from 0) of {@code size} rows, as an API asks for it. The offset is
     * worked out without overflow: a page that would start beyond any offset a database can skip
     * to lies beyond the last row of any list, and is asked for its total alone (no rows).
     */
    public static PageRequest numbered(int page, int size) {
        long first = (long) Math.max(page, 0) * Math.max(size, 1);
        if (first > Integer.MAX_VALUE) {
            return new PageRequest(0, size, null, true, Map.of(), Part.TOTAL);
        }
        return new PageRequest((int) first, size, null, true, Map.of());
    }

    /** The page of {@code size} rows after the row {@code cursor} names, as an API asks for it. */
    public static PageRequest after(String cursor, int size) {
        return new PageRequest(0, size, null, true, Map.of(), Part.TOTAL_AND_ROWS, cursor);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, Map.of());
    }

    /** The same page, asked for from the row after {@code cursor}. */
    public PageRequest seekingAfter(String cursor) {
        return new PageRequest(first, size, sortField, ascending, filters, part, cursor);
    }

    public boolean wantsTotal() {
        return part != Part.ROWS;
    }

    public boolean wantsRows() {
        return part != Part.TOTAL;
    }
}
