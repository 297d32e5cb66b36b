package org.masar.shared.excel;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.masar.shared.i18n.Texts;

/**
 * The columns of one kind of sheet, written once and used wherever that kind of sheet is: its
 * export now, its import template and reader next. Headers come from the message bundle under the
 * table's prefix, in the reader's language.
 */
public final class ColumnTable<T> {

    private final String headerPrefix;
    private final List<Column<T>> columns;

    private ColumnTable(String headerPrefix, List<Column<T>> columns) {
        this.headerPrefix = headerPrefix;
        this.columns = List.copyOf(columns);
    }

    public static <T> Builder<T> of(String headerPrefix) {
        return new Builder<>(headerPrefix);
    }

    public List<Column<T>> columns() {
        return columns;
    }

    /** The bundle key of a column's header. */
    public String headerKey(Column<T> column) {
        return headerPrefix + column.key();
    }

    public List<String> headers(Locale locale) {
        return columns.stream().map(c -> Texts.get(locale, headerKey(c))).toList();
    }

    public int[] widths() {
        return columns.stream().mapToInt(Column::width).toArray();
    }

    /** Writes one row's cells, each the way its column's kind says. */
    void write(Row row, T item, Column.Context context, StreamedWorkbook workbook) {
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            Object value = column.value().apply(item, context);
            Cell cell = row.createCell(i);
            switch (column.kind()) {
                case NUMBER -> {
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    }
                }
                case DATE -> {
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(workbook.date());
                    }
                }
                case DATE_TIME -> {
                    if (value instanceof LocalDateTime time) {
                        cell.setCellValue(time);
                        cell.setCellStyle(workbook.dateTime());
                    }
                }
                case BOOLEAN -> cell.setCellValue(Boolean.TRUE.equals(value));
                case TEXT -> cell.setCellValue(value == null ? "" : value.toString());
            }
        }
    }

    /** Columns in the order added. */
    public static final class Builder<T> {
        private final String headerPrefix;
        private final List<Column<T>> columns = new ArrayList<>();

        private Builder(String headerPrefix) {
            this.headerPrefix = headerPrefix;
        }

        public Builder<T> text(String key, int width, BiFunction<T, Column.Context, Object> value) {
            return add(key, Column.Kind.TEXT, width, value);
        }

        public Builder<T> number(String key, BiFunction<T, Column.Context, Object> value) {
            return add(key, Column.Kind.NUMBER, 12, value);
        }

        public Builder<T> date(String key, BiFunction<T, Column.Context, Object> value) {
            return add(key, Column.Kind.DATE, 12, value);
        }

        public Builder<T> dateTime(String key, BiFunction<T, Column.Context, Object> value) {
            return add(key, Column.Kind.DATE_TIME, 17, value);
        }

        public Builder<T> bool(String key, BiFunction<T, Column.Context, Object> value) {
            return add(key, Column.Kind.BOOLEAN, 10, value);
        }

        private Builder<T> add(String key, Column.Kind kind, int width, BiFunction<T, Column.Context, Object> value) {
            columns.add(new Column<>(key, kind, width, value));
            return this;
        }

        public ColumnTable<T> build() {
            return new ColumnTable<>(headerPrefix, columns);
        }
    }
}
