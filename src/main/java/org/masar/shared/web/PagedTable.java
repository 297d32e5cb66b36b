package org.masar.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by a service's page query: each page, count, sort and filter
 * runs in the database. PrimeFaces asks for the count, then for the rows: each is one query.
 * Rows are keyed by their id.
 *
 * <p>A large list is counted only up to {@link Page#COUNT_CAP}: the paginator then offers the
 * pages up to there and one more each time a full page is reached, and the report says "of more
 * than 1,000" until the last page shows where the list ends. The page after one already shown
 * (and any page shown before, going back) is asked for by its cursor, so that the database seeks
 * to it on the sort index at any depth; a page jumped to is asked for by offset.
 */
public class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> pages;
    private final transient Function<T, Object> idOf;
    private transient Page<T> last;
    /** Cursors of the pages reached, by their first row: valid for {@link #order} alone. */
    private final Map<Integer, String> cursors = new HashMap<>();
    private String order;
    private boolean capped;
    /** Rows known to exist in a capped list: past the cap, up to one beyond the last full page reached. */
    private int known;

    public PagedTable(Function<PageRequest, Page<T>> pages, Function<T, Object> idOf) {
        this.pages = pages;
        this.idOf = idOf;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<T> counted = pages.apply(new PageRequest(0, 1, null, true, filters(filterBy), PageRequest.Part.TOTAL));
        capped = counted.totalCapped();
        if (!capped) {
            return (int) counted.total();
        }
        return Math.max(Page.COUNT_CAP + 1, known);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        String field = sort == null ? null : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        Map<String, String> filters = filters(filterBy);
        String shape = field + "|" + ascending + "|" + new java.util.TreeMap<>(filters) + "|" + pageSize;
        if (!shape.equals(order)) {
            cursors.clear();
            known = 0;
            order = shape;
        }
        PageRequest request = new PageRequest(first, pageSize, field, ascending, filters, PageRequest.Part.ROWS)
                .seekingAfter(first == 0 ? null : cursors.get(first));
        last = pages.apply(request);
        List<T> rows = last.rows();
        if (last.next() != null) {
            cursors.put(first + rows.size(), last.next());
        }
        if (capped) {
            if (last.next() != null) {
                known = Math.max(known, first + pageSize + 1);
                setRowCount(Math.max(getRowCount(), known));
            } else {
                // The last page: the list ends here, and the report can say exactly where.
                capped = false;
                setRowCount(first + rows.size());
            }
        }
        if (capped || known > 0) {
            // The browser draws the report from the template it has: tell it the one that now applies.
            org.primefaces.PrimeFaces current = org.primefaces.PrimeFaces.current();
            if (current.isAjaxRequest()) {
                current.ajax().addCallbackParam("masarReport", getReport());
            }
        }
        return rows;
    }

    /** Whether the count shown is "more than": the list was counted only up to the cap. */
    public boolean isCapped() {
        return capped;
    }

    /**
     * The paginator's report ("26–50 of 312", or "26–50 of more than 1,000"), with the tokens
     * PrimeFaces fills in.
     */
    public String getReport() {
        return capped ? Faces.text("table.report.capped", "{startRecord}", "{endRecord}", Page.COUNT_CAP)
                : Faces.text("table.report.exact", "{startRecord}", "{endRecord}", "{totalRecords}");
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>();
        if (filterBy != null) {
            filterBy.forEach((field, meta) -> {
                if (meta.getFilterValue() != null) {
                    filters.put(meta.getField() == null ? field : meta.getField(), meta.getFilterValue().toString());
                }
            });
        }
        return filters;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        if (last == null) {
            return null;
        }
        return last.rows().stream().filter(row -> Objects.equals(getRowKey(row), rowKey)).findFirst().orElse(null);
    }
}
