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
 */
public class PagedTable<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> pages;
    private final transient Function<T, Object> idOf;
    private transient Page<T> last;

    public PagedTable(Function<PageRequest, Page<T>> pages, Function<T, Object> idOf) {
        this.pages = pages;
        this.idOf = idOf;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) pages.apply(new PageRequest(0, 1, null, true, filters(filterBy), PageRequest.Part.TOTAL)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
        PageRequest request = new PageRequest(first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, filters(filterBy), PageRequest.Part.ROWS);
        last = pages.apply(request);
        return last.rows();
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
