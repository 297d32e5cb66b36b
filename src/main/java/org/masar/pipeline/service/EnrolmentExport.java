package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.StageTransition;
import org.masar.security.service.Caller;
import org.masar.shared.i18n.Texts;

/**
 * The enrolment list as an .xlsx: one sheet of enrolments as they stand, one of every move they
 * made, joined by the enrolment number. Streamed: a chunk of enrolments and their histories at
 * a time, a window of rows in memory.
 */
@ApplicationScoped
public class EnrolmentExport {

    static final int CHUNK = 500;
    private static final int WINDOW = 200;
    private static final String[] ENROLMENT_HEADERS = {"id", "code", "lastName", "firstName", "sex", "ageBand", "site",
        "programme", "pipeline", "cohort", "stage", "status", "dropReason", "startDate", "stageSince", "daysInStage",
        "stuck", "caseWorker"};
    private static final String[] HISTORY_HEADERS = {"id", "code", "at", "action", "from", "to", "statusAfter", "by",
        "reasonCode", "note", "criteria", "override"};

    @Inject
    EnrolmentQueries queries;

    /** Returns the number of enrolments written. */
    public int write(EnrolmentFilter filter, Caller caller, Locale locale, OutputStream out) {
        CaseWorkAccess.require(caller);
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            SXSSFSheet enrolments = sheet(workbook, Texts.get(locale, "enrolment.export.sheet"), ENROLMENT_HEADERS, header, locale);
            SXSSFSheet moves = sheet(workbook, Texts.get(locale, "enrolment.export.historySheet"), HISTORY_HEADERS, header, locale);
            LocalDate today = LocalDate.now();
            int[] written = {0, 0};
            queries.forEach(filter, caller.scope(), CHUNK, rows -> {
                for (EnrolmentQueries.Row row : rows) {
                    enrolmentRow(enrolments.createRow(++written[0]), row.enrolment(), date, dateTime, locale, today);
                    for (StageTransition t : row.history()) {
                        moveRow(moves.createRow(++written[1]), row.enrolment(), t, dateTime, locale);
                    }
                }
            });
            enrolments.setAutoFilter(new CellRangeAddress(0, Math.max(written[0], 1), 0, ENROLMENT_HEADERS.length - 1));
            moves.setAutoFilter(new CellRangeAddress(0, Math.max(written[1], 1), 0, HISTORY_HEADERS.length - 1));
            workbook.write(out);
            return written[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already removed by dispose()
            }
        }
    }

    private static SXSSFSheet sheet(SXSSFWorkbook workbook, String name, String[] headers, CellStyle header, Locale locale) {
        SXSSFSheet sheet = workbook.createSheet(name);
        Row top = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            top.createCell(i).setCellValue(Texts.get(locale, "enrolment.export." + headers[i]));
            top.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void enrolmentRow(Row r, Enrolment e, CellStyle date, CellStyle dateTime, Locale locale, LocalDate today) {
        Beneficiary b = e.getBeneficiary();
        int c = 0;
        r.createCell(c++).setCellValue(e.getId());
        r.createCell(c++).setCellValue(b.getCode());
        r.createCell(c++).setCellValue(b.getLastName());
        r.createCell(c++).setCellValue(b.getFirstName());
        r.createCell(c++).setCellValue(b.getSex().name());
        AgeBand band = b.ageBand(today);
        r.createCell(c++).setCellValue(band == null ? "" : Texts.get(locale, "ageBand." + band.name()));
        r.createCell(c++).setCellValue(b.getSite().getName());
        r.createCell(c++).setCellValue(e.getPipeline().getProgramme().getCode());
        r.createCell(c++).setCellValue(Texts.get(locale, "pipeline.type." + e.getPipeline().getType()));
        r.createCell(c++).setCellValue(text(e.getCohort()));
        r.createCell(c++).setCellValue(e.getCurrentStage().name(locale));
        r.createCell(c++).setCellValue(Texts.get(locale, "enrolment.status." + e.getStatus()));
        r.createCell(c++).setCellValue(e.getDropReason() == null ? "" : Texts.get(locale, "dropReason." + e.getDropReason()));
        r.createCell(c).setCellValue(e.getStartDate());
        r.getCell(c++).setCellStyle(date);
        r.createCell(c).setCellValue(e.getStageSince());
        r.getCell(c++).setCellStyle(dateTime);
        r.createCell(c++).setCellValue(e.daysInStage(today));
        r.createCell(c++).setCellValue(e.isStuck(today));
        r.createCell(c).setCellValue(e.getCaseWorker() == null ? "" : e.getCaseWorker().getFullName());
    }

    private static void moveRow(Row r, Enrolment e, StageTransition t, CellStyle dateTime, Locale locale) {
        int c = 0;
        r.createCell(c++).setCellValue(e.getId());
        r.createCell(c++).setCellValue(e.getBeneficiary().getCode());
        r.createCell(c).setCellValue(t.getAt());
        r.getCell(c++).setCellStyle(dateTime);
        r.createCell(c++).setCellValue(Texts.get(locale, "move." + t.getAction()));
        r.createCell(c++).setCellValue(t.getFromStage() == null ? "" : t.getFromStage().name(locale));
        r.createCell(c++).setCellValue(t.getToStage().name(locale));
        r.createCell(c++).setCellValue(Texts.get(locale, "enrolment.status." + t.getStatusAfter()));
        r.createCell(c++).setCellValue(t.getByUser());
        r.createCell(c++).setCellValue(t.getReasonCode() == null ? "" : Texts.get(locale, "dropReason." + t.getReasonCode()));
        r.createCell(c++).setCellValue(text(t.getNote()));
        r.createCell(c++).setCellValue(text(t.getCriteria()));
        r.createCell(c).setCellValue(text(t.getOverrideReason()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
