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
import org.masar.pipeline.domain.StageTransition;
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
 * Streamed: a chunk of enrolments and their histories at a time, a window of rows in memory.
 */
@ApplicationScoped
public class EnrolmentExport implements Download {

    static final int CHUNK = 500;

    public static final ColumnTable<Enrolment> ENROLMENTS = ColumnTable.<Enrolment>of("enrolment.export.")
            .number("id", (e, c) -> e.getId())
            .text("code", 16, (e, c) -> e.getBeneficiary().getCode())
            .text("lastName", 16, (e, c) -> e.getBeneficiary().getLastName())
            .text("firstName", 16, (e, c) -> e.getBeneficiary().getFirstName())
            .text("sex", 6, (e, c) -> e.getBeneficiary().getSex().name())
            .text("ageBand", 10, (e, c) -> BeneficiaryExport.ageBand(e.getBeneficiary(), c))
            .text("site", 16, (e, c) -> e.getBeneficiary().getSite().name(c.locale()))
            .text("programme", 14, (e, c) -> e.getPipeline().getProgramme().getCode())
            .text("pipeline", 14, (e, c) -> Texts.get(c.locale(), "pipeline.type." + e.getPipeline().getType()))
            .text("cohort", 20, (e, c) -> e.getCohort())
            .text("stage", 18, (e, c) -> e.getCurrentStage().name(c.locale()))
            .text("status", 12, (e, c) -> Texts.get(c.locale(), "enrolment.status." + e.getStatus()))
            .text("dropReason", 14, (e, c) -> e.getDropReason() == null ? null : Texts.get(c.locale(), "dropReason." + e.getDropReason()))
            .date("startDate", (e, c) -> e.getStartDate())
            .dateTime("stageSince", (e, c) -> e.getStageSince())
            .number("daysInStage", (e, c) -> e.daysInStage(today(e, c)))
            .bool("stuck", (e, c) -> e.isStuck(today(e, c)))
            .text("caseWorker", 18, (e, c) -> e.getCaseWorker() == null ? null : e.getCaseWorker().getFullName())
            .build();

    /** A move of an enrolment's history, beside its enrolment. */
    public record Move(Enrolment enrolment, StageTransition line) {
    }

    public static final ColumnTable<Move> MOVES = ColumnTable.<Move>of("enrolment.export.")
            .number("id", (m, c) -> m.enrolment().getId())
            .text("code", 16, (m, c) -> m.enrolment().getBeneficiary().getCode())
            .dateTime("at", (m, c) -> m.line().getAt())
            .text("action", 12, (m, c) -> Texts.get(c.locale(), "move." + m.line().getAction()))
            .text("from", 18, (m, c) -> m.line().getFromStage() == null ? null : m.line().getFromStage().name(c.locale()))
            .text("to", 18, (m, c) -> m.line().getToStage().name(c.locale()))
            .text("statusAfter", 12, (m, c) -> Texts.get(c.locale(), "enrolment.status." + m.line().getStatusAfter()))
            .text("by", 12, (m, c) -> m.line().getByUser())
            .text("reasonCode", 14, (m, c) -> m.line().getReasonCode() == null ? null
                    : Texts.get(c.locale(), "dropReason." + m.line().getReasonCode()))
            .text("note", 30, (m, c) -> m.line().getNote())
            .text("criteria", 30, (m, c) -> m.line().tickedNames(c.locale()))
            .text("override", 30, (m, c) -> override(m.line(), c))
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
            queries.forEach(filter, caller, CHUNK, rows -> {
                for (EnrolmentQueries.Row row : rows) {
                    enrolments.add(row.enrolment());
                    row.history().forEach(line -> moves.add(new Move(row.enrolment(), line)));
                }
            });
            enrolments.finish();
            moves.finish();
            workbook.write(out);
            return enrolments.rows();
        }
    }

    private static java.time.LocalDate today(Enrolment e, Column.Context c) {
        return e.getBeneficiary().getSite().today(c.clock());
    }

    private static String override(StageTransition t, Column.Context c) {
        if (t.getOverrideReason() == null) {
            return null;
        }
        String skipped = t.overriddenNames(c.locale());
        return skipped.isEmpty() ? t.getOverrideReason() : t.getOverrideReason() + " [" + skipped + "]";
    }

    private static Long number(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    }
}
