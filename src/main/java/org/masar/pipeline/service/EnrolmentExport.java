package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.StageTransition;
import org.masar.security.service.Caller;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;

/**
 * The enrolment list as an .xlsx: one sheet of enrolments as they stand, one of every move they
 * made, joined by the enrolment number. Streamed: a chunk of enrolments and their histories at
 * a time, a window of rows in memory.
 */
@ApplicationScoped
public class EnrolmentExport {

    static final int CHUNK = 500;
    private static final String[] ENROLMENT_HEADERS = {"id", "code", "lastName", "firstName", "sex", "ageBand", "site",
        "programme", "pipeline", "cohort", "stage", "status", "dropReason", "startDate", "stageSince", "daysInStage",
        "stuck", "caseWorker"};
    private static final String[] HISTORY_HEADERS = {"id", "code", "at", "action", "from", "to", "statusAfter", "by",
        "reasonCode", "note", "criteria", "override"};

    @Inject
    EnrolmentQueries queries;

    @Inject
    java.time.Clock clock;

    /** Returns the number of enrolments written. */
    public int write(EnrolmentFilter filter, Caller caller, Locale locale, OutputStream out) {
        CaseWorkAccess.require(caller);
        try (StreamedWorkbook workbook = new StreamedWorkbook()) {
            SXSSFSheet enrolments = workbook.sheet(Texts.get(locale, "enrolment.export.sheet"),
                    labels(ENROLMENT_HEADERS, locale), new int[] {18});
            SXSSFSheet moves = workbook.sheet(Texts.get(locale, "enrolment.export.historySheet"),
                    labels(HISTORY_HEADERS, locale), new int[] {18});
            int[] written = {0, 0};
            queries.forEach(filter, caller.scope(), CHUNK, rows -> {
                for (EnrolmentQueries.Row row : rows) {
                    enrolmentRow(enrolments.createRow(++written[0]), row.enrolment(), workbook.date(), workbook.dateTime(),
                            locale, row.enrolment().getBeneficiary().getSite().today(clock));
                    for (StageTransition t : row.history()) {
                        moveRow(moves.createRow(++written[1]), row.enrolment(), t, workbook.dateTime(), locale);
                    }
                }
            });
            StreamedWorkbook.autoFilter(enrolments, written[0], ENROLMENT_HEADERS.length);
            StreamedWorkbook.autoFilter(moves, written[1], HISTORY_HEADERS.length);
            workbook.write(out);
            return written[0];
        }
    }

    private static java.util.List<String> labels(String[] headers, Locale locale) {
        return java.util.Arrays.stream(headers).map(h -> Texts.get(locale, "enrolment.export." + h)).toList();
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
        r.createCell(c++).setCellValue(t.tickedNames(locale));
        r.createCell(c).setCellValue(t.getOverrideReason() == null ? ""
                : t.getOverrideReason() + (t.overriddenNames(locale).isEmpty() ? "" : " [" + t.overriddenNames(locale) + "]"));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
