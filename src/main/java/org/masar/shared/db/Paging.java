package org.masar.shared.db;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
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

    /** An exactly counted list: for the short lists of reference data and audit. */
    public static <T> Page<T> page(PageRequest request, LongSupplier count, Supplier<List<T>> rows) {
        long total = request.wantsTotal() ? count.getAsLong() : -1;
        if (total == 0 || !request.wantsRows()) {
            return new Page<>(List.of(), total);
        }
        return new Page<>(rows.get(), total);
    }

    /**
     * A list that can reach a million rows: counted up to {@link Page#COUNT_CAP} (the supplier
     * answers how many rows it found, reading at most one more than the cap), the rows asked for
     * one beyond the page ({@code rows} takes the number to read), so that {@code next} — the
     * cursor {@code cursorOf} gives the page's last row — is there only when more rows follow.
     */
    public static <T> Page<T> capped(PageRequest request, LongSupplier countUpToCap, IntFunction<List<T>> rows,
                                     Function<T, String> cursorOf) {
        long found = request.wantsTotal() ? countUpToCap.getAsLong() : -1;
        boolean capped = found > Page.COUNT_CAP;
        long total = capped ? Page.COUNT_CAP : found;
        if (total == 0 || !request.wantsRows()) {
            return new Page<>(List.of(), total, capped, null);
        }
        List<T> read = rows.apply(request.size() + 1);
        if (read.size() <= request.size()) {
            return new Page<>(read, total, capped, null);
        }
        List<T> page = read.subList(0, request.size());
        return new Page<>(List.copyOf(page), total, capped, cursorOf.apply(page.get(page.size() - 1)));
    }
}
