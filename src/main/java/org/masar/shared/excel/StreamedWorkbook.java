package org.masar.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx written as it goes: POI keeps a window of rows in memory and the rest in temporary
 * files, removed on {@link #close()}. Sheets get a bold frozen header; date cells their styles.
 */
public final class StreamedWorkbook implements AutoCloseable {

    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;

    public StreamedWorkbook() {
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    }

    /** A sheet with its header row (the labels given, column widths in characters) frozen on top. */
    public SXSSFSheet sheet(String name, List<String> labels, int[] widths) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row top = sheet.createRow(0);
        for (int i = 0; i < labels.size(); i++) {
            top.createCell(i).setCellValue(labels.get(i));
            top.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, widths[Math.min(i, widths.length - 1)] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /**
     * A sheet written from a table whose rows go on with cells of their own: {@code labels} and
     * {@code widths} are the table's headers and widths followed by those of the extra columns.
     */
    public <T> Sheet<T> sheet(String name, List<String> labels, int[] widths, ColumnTable<T> table, Column.Context context) {
        return new Sheet<>(sheet(name, labels, widths), table, context);
    }

    /** A sheet with the table's headers in the reader's language and its widths, frozen on top. */
    public <T> Sheet<T> sheet(String name, ColumnTable<T> table, Column.Context context) {
        return new Sheet<>(sheet(name, table.headers(context.locale()), table.widths()), table, context);
    }

    /** A sheet being written from a column table, a row at a time. */
    public final class Sheet<T> {
        private final SXSSFSheet sheet;
        private final ColumnTable<T> table;
        private final Column.Context context;
        private int rows;

        private Sheet(SXSSFSheet sheet, ColumnTable<T> table, Column.Context context) {
            this.sheet = sheet;
            this.table = table;
            this.context = context;
        }

        /** Writes the item's row; returns it, for a sheet that adds cells of its own after the table's. */
        public Row add(T item) {
            Row row = sheet.createRow(++rows);
            table.write(row, item, context, StreamedWorkbook.this);
            return row;
        }

        /** A row below those written, for a sheet's own lines (a total). */
        public Row extra() {
            return sheet.createRow(++rows);
        }

        /** Rows written below the header. */
        public int rows() {
            return rows;
        }

        /** Ends the sheet with an auto-filter over what was written. */
        public void finish() {
            autoFilter(sheet, rows, table.columns().size());
        }
    }

    /** Puts an auto-filter on the header of a sheet holding {@code rows} rows below it. */
    public static void autoFilter(SXSSFSheet sheet, int rows, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows, 1), 0, columns - 1));
    }

    public CellStyle date() {
        return date;
    }

    public CellStyle dateTime() {
        return dateTime;
    }

    public void write(OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // the temporary files are already removed by dispose()
        }
    }
}
