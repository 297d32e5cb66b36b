package org.masar.pipeline.service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.Criterion;
import org.masar.pipeline.domain.CriterionMet;
import org.masar.pipeline.domain.DropReason;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.domain.MoveAction;
import org.masar.pipeline.domain.PipelineType;
import org.masar.pipeline.domain.Stage;
import org.masar.site.domain.Site;

/**
 * Turns the rows of {@link EnrolmentQueries#forEach}'s two streamed queries into lines, with the
 * sites, stages and criteria they refer to read once beforehand. The columns are read in the
 * order the queries select them.
 */
final class ExportRows {

    private final Map<Long, Site> sites = new HashMap<>();
    private final Map<Long, Stage> stages = new HashMap<>();
    private final Map<Long, Criterion> criteria = new HashMap<>();

    ExportRows(List<Site> sites, List<Stage> stages, List<Criterion> criteria) {
        sites.forEach(s -> this.sites.put(s.getId(), s));
        stages.forEach(s -> this.stages.put(s.getId(), s));
        criteria.forEach(c -> this.criteria.put(c.getId(), c));
    }

    EnrolmentLine enrolment(ResultSet r) throws SQLException {
        return new EnrolmentLine(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), Sex.valueOf(r.getString(5)),
                r.getObject(6, LocalDate.class), sites.get(r.getLong(7)), r.getString(8),
                PipelineType.valueOf(r.getString(9)), r.getString(10), stages.get(r.getLong(11)),
                EnrolmentStatus.valueOf(r.getString(12)), constant(DropReason.class, r.getString(13)),
                r.getObject(14, LocalDate.class), r.getObject(15, LocalDateTime.class), r.getString(16));
    }

    Moves moves(Consumer<MoveLine> sink) {
        return new Moves(sink);
    }

    /** Folds the history rows — one per line and criterion met, in line order — into lines. */
    final class Moves {
        private final Consumer<MoveLine> sink;
        private MoveLine current;
        private long currentId;

        private Moves(Consumer<MoveLine> sink) {
            this.sink = sink;
        }

        void read(ResultSet r) throws SQLException {
            long id = r.getLong(3);
            if (current == null || currentId != id) {
                finish();
                currentId = id;
                Long from = r.getObject(6, Long.class);
                current = new MoveLine(r.getLong(1), r.getString(2), r.getObject(4, LocalDateTime.class),
                        MoveAction.valueOf(r.getString(5)), from == null ? null : stages.get(from), stages.get(r.getLong(7)),
                        EnrolmentStatus.valueOf(r.getString(8)), r.getString(9), constant(DropReason.class, r.getString(10)),
                        r.getString(11), new ArrayList<>(), r.getString(12), r.getString(13));
            }
            Long criterion = r.getObject(14, Long.class);
            if (criterion != null) {
                CriterionMet.How how = CriterionMet.How.valueOf(r.getString(15));
                String summary = r.getString(18);
                current.criteria().add(new CriterionMet(criteria.get(criterion), how, summary == null ? null
                        : Evidence.stored(how == CriterionMet.How.EVIDENCE, summary, r.getString(19), r.getString(16),
                                r.getObject(17, Long.class))));
            }
        }

        void finish() {
            if (current != null) {
                sink.accept(current);
                current = null;
            }
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
