package org.masar.shared.domain;

import java.util.Map;

/**
 * One page of a list as a table asks for it: offset, size, an optional sort and text filters by
 * attribute name. Services accept only attributes they name themselves.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, String> filters) {

    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_SIZE) {
            size = MAX_SIZE;
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest firstPage(int size) {
        return new PageRequest(0, size, null, true, Map.of());
    }
}
