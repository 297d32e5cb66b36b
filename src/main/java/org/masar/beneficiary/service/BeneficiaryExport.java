package org.masar.beneficiary.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.service.Caller;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;

/**
 * Writes the filtered list the caller can see to an .xlsx, streaming: rows are read from the
 * database a chunk at a time and only a window of them is kept in memory by POI.
 */
@ApplicationScoped
public class BeneficiaryExport {

    static final int CHUNK = 1000;
    private static final String[] HEADERS = {"code", "lastName", "firstName", "arabicName", "sex", "birthDate",
        "ageBand", "site", "nationality", "residenceCountry", "phone", "email", "documentType", "documentNumber",
        "educationLevel", "employmentStatus", "disability", "groups", "consentPurposes"};

    @Inject
    BeneficiaryQueries queries;

    @Inject
    java.time.Clock clock;

    /** Returns the number of people written. */
    public int write(BeneficiaryFilter filter, Caller caller, Locale locale, OutputStream out) {
        BeneficiaryAccess.requireRead(caller);
        try (StreamedWorkbook workbook = new StreamedWorkbook()) {
            int[] widths = new int[HEADERS.length];
            for (int i = 0; i < HEADERS.length; i++) {
                widths[i] = i == 3 || i == 17 || i == 18 ? 30 : 16;
            }
            SXSSFSheet sheet = workbook.sheet(Texts.get(locale, "beneficiary.list.title"), java.util.Arrays.stream(HEADERS)
                    .map(h -> Texts.get(locale, "beneficiary.export." + h)).toList(), widths);
            int[] written = {0};
            queries.forEach(filter, caller.scope(), CHUNK, rows -> {
                for (BeneficiaryQueries.Row row : rows) {
                    writeRow(sheet.createRow(++written[0]), row, workbook.date(), locale, row.person().getSite().today(clock));
                }
            });
            StreamedWorkbook.autoFilter(sheet, written[0], HEADERS.length);
            workbook.write(out);
            return written[0];
        }
    }

    private static void writeRow(Row r, BeneficiaryQueries.Row row, CellStyle date, Locale locale, LocalDate today) {
        Beneficiary b = row.person();
        int c = 0;
        r.createCell(c++).setCellValue(b.getCode());
        r.createCell(c++).setCellValue(b.getLastName());
        r.createCell(c++).setCellValue(b.getFirstName());
        r.createCell(c++).setCellValue(nullToEmpty(b.getArabicName()));
        r.createCell(c++).setCellValue(b.getSex().name());
        r.createCell(c).setCellValue(b.getBirthDate());
        r.getCell(c++).setCellStyle(date);
        AgeBand band = b.ageBand(today);
        r.createCell(c++).setCellValue(band == null ? "" : Texts.get(locale, "ageBand." + band.name()));
        r.createCell(c++).setCellValue(b.getSite().getName());
        r.createCell(c++).setCellValue(b.getNationality());
        r.createCell(c++).setCellValue(b.getResidenceCountry());
        r.createCell(c++).setCellValue(nullToEmpty(b.getPhone()));
        r.createCell(c++).setCellValue(nullToEmpty(b.getEmail()));
        r.createCell(c++).setCellValue(b.getDocumentType().name());
        r.createCell(c++).setCellValue(nullToEmpty(b.getDocumentNumber()));
        r.createCell(c++).setCellValue(Texts.get(locale, "education." + b.getEducationLevel().name()));
        r.createCell(c++).setCellValue(Texts.get(locale, "employment." + b.getEmploymentStatus().name()));
        r.createCell(c++).setCellValue(b.isDisability());
        r.createCell(c++).setCellValue(join(row.groups().stream().map(Enum::name).toList()));
        r.createCell(c).setCellValue(join(row.consents().stream().map(Enum::name).toList()));
    }

    private static String join(List<String> names) {
        return names.stream().collect(Collectors.joining(", "));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
