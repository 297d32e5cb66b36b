package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.domain.Pipeline;
import org.masar.pipeline.domain.Stage;
import org.masar.pipeline.service.EnrolmentFilter;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.web.Faces;

/**
 * enrolment/board.xhtml: a column per stage with its count and its people, longest waiting
 * first, a few at a time; the dropped in a last column. Filters narrow every column at once.
 */
@Named
@ViewScoped
public class BoardBacking extends PipelineFilters {

    private static final long serialVersionUID = 1L;
    static final int PER_COLUMN = 8;

    private final Map<Long, Integer> offsets = new HashMap<>();
    private transient Map<Long, Page<Enrolment>> columns;

    public void open() {
        if (openPipeline()) {
            refresh();
        }
    }

    public void refresh() {
        offsets.clear();
        columns = null;
    }

    public void page(Long stageId, int direction) {
        long key = stageId == null ? DROPPED : stageId;
        offsets.merge(key, direction * PER_COLUMN, (a, b) -> Math.max(0, a + b));
        columns = null;
    }

    private static final long DROPPED = -1;

    private EnrolmentFilter filter() {
        return filterWith(null, null, false);
    }

    public List<Stage> getStages() {
        Pipeline p = getPipeline();
        if (p == null) {
            return List.of();
        }
        return p.getStages().stream().filter(s -> !s.isRetired() || column(s).total() > 0).toList();
    }

    /** A column's count as its header says it: exact, or "1,000+" for a large one. */
    public String count(Stage stage) {
        return label(column(stage));
    }

    public String label(Page<Enrolment> page) {
        return page.totalCapped() ? Faces.text("table.count.capped", page.total()) : String.valueOf(page.total());
    }

    public Page<Enrolment> column(Stage stage) {
        return column(stage.getId(), stage.isFinalStage() ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE);
    }

    public Page<Enrolment> getDropped() {
        return column(null, EnrolmentStatus.DROPPED);
    }

    private Page<Enrolment> column(Long stageId, EnrolmentStatus status) {
        if (columns == null) {
            columns = new HashMap<>();
        }
        long key = stageId == null ? DROPPED : stageId;
        return columns.computeIfAbsent(key, k -> queries.page(filter().withStage(stageId, status),
                new PageRequest(offsets.getOrDefault(key, 0), PER_COLUMN, "stageSince", true, Map.of()),
                currentUser.require()));
    }

    public int offset(Long stageId) {
        return offsets.getOrDefault(stageId == null ? DROPPED : stageId, 0);
    }

    /** Whether a column has cards after those shown (its page read one card beyond). */
    public boolean hasMore(Page<Enrolment> page) {
        return page.next() != null;
    }
}
