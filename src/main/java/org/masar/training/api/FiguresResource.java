package org.masar.training.api;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.FieldValues;
import org.masar.shared.domain.SmallCells.Cell;
import org.masar.shared.i18n.ReaderLocale;
import org.masar.shared.i18n.Texts;
import org.masar.training.service.FiguresFilter;
import org.masar.training.service.FiguresTable;
import org.masar.training.service.TrainingFigures;

/**
 * {@code GET /api/v1/training/figures?programme=&from=&to=}: training in figures, per programme and
 * in total, for donors, managers, administrators and case workers, over the courses of their sites
 * that start in the period. A count the small-cell rule hides for the caller is
 * {@code {"value": null, "hidden": true}}; 400 for a date that does not read, a period that ends
 * before it starts or a programme out of reach; 403 for a trainer alone and the roles without it.
 */
@Path("training/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    /** One count of people: its value, or null and hidden when the small-cell rule hides it. */
    @JsonbNillable
    public record CountJson(Long value, boolean hidden) {
        static CountJson of(Cell c) {
            return new CountJson(c.getValue(), c.isHidden());
        }
    }

    /** A programme's figures, or the total's (programme and name null). */
    @JsonbNillable
    public record RowJson(String programme, String name, long courses, long sessionsHeld, double hours,
                          CountJson participants, CountJson women, CountJson men, CountJson age15to17,
                          CountJson age18to24, CountJson age25to35, CountJson age36to64, CountJson metRule,
                          CountJson certificates, CountJson trainingOfTrainers) {
        static RowJson of(FiguresTable.Row r) {
            return new RowJson(r.code(), r.name(), r.courses(), r.sessionsHeld(), r.hours(), CountJson.of(r.participants()),
                    CountJson.of(r.women()), CountJson.of(r.men()), CountJson.of(r.age15to17()), CountJson.of(r.age18to24()),
                    CountJson.of(r.age25to35()), CountJson.of(r.age36to64()), CountJson.of(r.met()),
                    CountJson.of(r.certificates()), CountJson.of(r.trainingOfTrainers()));
        }
    }

    /** The filter as read, a row per programme, the total, and, when any count is hidden, what the mark means. */
    @JsonbNillable
    public record FiguresJson(String programme, LocalDate from, LocalDate to, List<RowJson> programmes, RowJson total,
                              boolean anyHidden, String smallCells) {
    }

    @Inject
    TrainingFigures figures;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReaderLocale reader;

    @GET
    public FiguresJson get(@QueryParam("programme") String programme, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        var caller = org.masar.training.service.TrainingAccess.requireFigures(currentUser.require());
        FieldValues read = new FieldValues();
        FiguresFilter filter = new FiguresFilter(programme, read.date("from", from), read.date("to", to));
        read.check();
        FiguresTable table = figures.table(filter, caller);
        return new FiguresJson(filter.programmeCode(), filter.from(), filter.to(),
                table.rows().stream().map(RowJson::of).toList(), RowJson.of(table.total()), table.anyHidden(),
                table.anyHidden() ? Texts.get(reader.getLocale(), "report.smallCell.note") : null);
    }
}
