package org.masar.pipeline.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.masar.beneficiary.domain.AgeBand;
import org.masar.beneficiary.domain.Sex;
import org.masar.beneficiary.service.BeneficiaryExport;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.security.service.Caller;
import org.masar.security.service.Download;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.ColumnTable;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;
import org.masar.shared.domain.Codes;

/**
 * The enrolment list as an .xlsx (/download/enrolments.xlsx, with the list's filters): one sheet
 * of enrolments as they stand, one of every move they made, joined by the enrolment number.
 * Streamed: one query of enrolments, then one of their histories, a window of rows in memory.
 */
@ApplicationScoped
public class EnrolmentExport implements Download {

    public static final ColumnTable<EnrolmentLine> ENROLMENTS = ColumnTable.<EnrolmentLine>of("enrolment.export.")
            .number("id", (e, c) -> e.id())
            .text("code", 16, (e, c) -> e.code())
            .text("lastName", 16, (e, c) -> e.lastName())
            .text("firstName", 16, (e, c) -> e.firstName())
            .text("sex", 6, (e, c) -> e.sex().name())
            .text("ageBand", 10, (e, c) -> BeneficiaryExport.ageBand(e.birthDate(), e.site(), c))
            .text("site", 16, (e, c) -> e.site().name(c.locale()))
            .text("programme", 14, (e, c) -> e.programmeCode())
            .text("pipeline", 14, (e, c) -> Texts.get(c.locale(), "pipeline.type." + e.pipelineType()))
            .text("cohort", 20, (e, c) -> e.cohort())
            .text("stage", 18, (e, c) -> e.stage().name(c.locale()))
            .text("status", 12, (e, c) -> Texts.get(c.locale(), "enrolment.status." + e.status()))
            .text("dropReason", 14, (e, c) -> e.dropReason() == null ? null : Texts.get(c.locale(), "dropReason." + e.dropReason()))
            .date("startDate", (e, c) -> e.startDate())
            .dateTime("stageSince", (e, c) -> e.stageSince())
            .number("daysInStage", (e, c) -> Enrolment.daysInStage(e.stageSince(), e.today(c.clock())))
            .bool("stuck", (e, c) -> Enrolment.isStuck(e.status(), e.stage(), e.stageSince(), e.today(c.clock())))
            .text("caseWorker", 18, (e, c) -> e.caseWorker())
            .build();

    public static final ColumnTable<MoveLine> MOVES = ColumnTable.<MoveLine>of("enrolment.export.")
            .number("id", (m, c) -> m.enrolmentId())
            .text("code", 16, (m, c) -> m.code())
            .dateTime("at", (m, c) -> m.at())
            .text("action", 12, (m, c) -> Texts.get(c.locale(), "move." + m.action()))
            .text("from", 18, (m, c) -> m.from() == null ? null : m.from().name(c.locale()))
            .text("to", 18, (m, c) -> m.to().name(c.locale()))
            .text("statusAfter", 12, (m, c) -> Texts.get(c.locale(), "enrolment.status." + m.statusAfter()))
            .text("by", 12, (m, c) -> m.byUser())
            .text("reasonCode", 14, (m, c) -> m.reasonCode() == null ? null
                    : Texts.get(c.locale(), "dropReason." + m.reasonCode()))
            .text("note", 30, (m, c) -> m.note())
            .text("criteria", 30, (m, c) -> m.tickedNames(c.locale()))
            .text("evidence", 30, (m, c) -> m.evidenceNames(c.locale()))
            .text("override", 30, (m, c) -> override(m, c))
            .build();

    @Inject
    EnrolmentQueries queries;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "enrolments";
    }

    @Override
    public boolean permits(Caller caller) {
        return CaseWorkAccess.canWork(caller);
    }

    @Override
    public Prepared prepare(Map<String, String> p, Caller caller, Locale locale) {
        EnrolmentFilter filter = new EnrolmentFilter(number(p.get("pipeline")), number(p.get("stage")),
                Codes.constant(EnrolmentStatus.class, "status", p.get("status")), p.get("site"), p.get("cohort"),
                number(p.get("caseWorker")), Codes.constant(Sex.class, "sex", p.get("sex")),
                Codes.constant(AgeBand.class, "ageBand", p.get("ageBand")), "true".equals(p.get("stuck")), null);
        return out -> write(filter, caller, locale, out);
    }

    /** Writes the enrolments of the filter the caller can see, and their moves; returns how many enrolments. */
    public int write(EnrolmentFilter filter, Caller caller, Locale locale, OutputStream out) {
        CaseWorkAccess.require(caller);
        Column.Context context = new Column.Context(locale, clock);
        try (StreamedWorkbook workbook = new StreamedWorkbook()) {
            var enrolments = workbook.sheet(Texts.get(locale, "enrolment.export.sheet"), ENROLMENTS, context);
            var moves = workbook.sheet(Texts.get(locale, "enrolment.export.historySheet"), MOVES, context);
            queries.forEach(filter, caller, enrolments::add, moves::add);
            enrolments.finish();
            moves.finish();
            workbook.write(out);
            return enrolments.rows();
        }
    }

    private static String override(MoveLine m, Column.Context c) {
        if (m.overrideReason() == null) {
            return null;
        }
        String skipped = m.overriddenNames(c.locale());
        return skipped.isEmpty() ? m.overrideReason() : m.overrideReason() + " [" + skipped + "]";
    }

    private static Long number(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    }
}
