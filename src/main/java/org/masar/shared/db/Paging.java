package org.masar.shared.db;

import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;

/**
 * The shape every paged list shares: the total when the table asks for it, the rows when it asks
 * for them, and no row query at all when the count says there is nothing.
 */
public final class Paging {

    private Paging() {
    }

    public static <T> Page<T> page(PageRequest request, LongSupplier count, Supplier<List<T>> rows) {
        long total = request.wantsTotal() ? count.getAsLong() : -1;
        if (total == 0 || !request.wantsRows()) {
            return new Page<>(List.of(), total);
        }
        return new Page<>(rows.get(), total);
    }
}
