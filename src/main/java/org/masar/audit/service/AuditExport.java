package org.masar.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.masar.audit.domain.AuditAction;
import org.masar.security.service.Caller;
import org.masar.security.service.Download;
import org.masar.shared.domain.Codes;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.ColumnTable;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;

/**
 * The access history as an .xlsx (/download/audit.xlsx, with the history's filters): streamed,
 * read a chunk at a time, within what the caller may read of the trail.
 */
@ApplicationScoped
public class AuditExport implements Download {

    static final int CHUNK = 1000;

    public static final ColumnTable<AuditQueries.Row> COLUMNS = ColumnTable.<AuditQueries.Row>of("audit.column.")
            .dateTime("at", (r, c) -> r.getLocalAt())
            .text("username", 16, (r, c) -> r.getEntry().getUsername())
            .text("address", 16, (r, c) -> r.getEntry().getAddress())
            .text("channel", 10, (r, c) -> Texts.get(c.locale(), "audit.channel." + r.getEntry().getChannel()))
            .text("action", 16, (r, c) -> Texts.get(c.locale(), "audit.action." + r.getEntry().getAction().name()))
            .text("subject", 24, (r, c) -> r.getPersonCode() == null ? r.getEntry().getSubject() : r.getPersonCode())
            .text("detail", 40, (r, c) -> r.getDetailKey() == null ? r.getEntry().getDetail() : Texts.get(c.locale(), r.getDetailKey()))
            .text("changes", 40, (r, c) -> r.getChanges())
            .build();

    @Inject
    AuditQueries queries;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public boolean permits(Caller caller) {
        return AuditAccess.canRead(caller);
    }

    @Override
    public Prepared prepare(Map<String, String> p, Caller caller, Locale locale) {
        AuditFilter filter = new AuditFilter(p.get("person"), p.get("user"),
                Codes.constant(AuditAction.class, "action", p.get("action")), date("from", p.get("from")),
                date("to", p.get("to")));
        return out -> write(filter, caller, locale, out);
    }

    /** Writes the entries of the filter the caller may read; returns how many. */
    public int write(AuditFilter filter, Caller caller, Locale locale, OutputStream out) {
        AuditAccess.requireRead(caller);
        try (StreamedWorkbook workbook = new StreamedWorkbook()) {
            var sheet = workbook.sheet(Texts.get(locale, "audit.title"), COLUMNS, new Column.Context(locale, clock));
            queries.forEach(filter, caller, CHUNK, rows -> rows.forEach(sheet::add));
            sheet.finish();
            workbook.write(out);
            return sheet.rows();
        }
    }

    private static java.time.LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException unreadable) {
            throw InvalidInput.of(field, "audit.error.date");
        }
    }
}
