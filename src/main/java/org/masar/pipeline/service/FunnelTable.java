package org.masar.pipeline.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.DropReason;
import org.masar.shared.domain.SmallCells;
import org.masar.shared.domain.SmallCells.Cell;

/**
 * A funnel as its reader may see it: each count through the small-cell rule ({@link SmallCells}),
 * hidden for those who see aggregates only, real for staff who work with people. The page and any
 * export of the funnel read their figures here, so that both hide the same cells.
 *
 * <p>The sums a reader could use: per stage, women and men make those who reached it; per drop
 * reason, women and men make its total; and those dropped per stage, the totals per reason, and
 * the women and men of the reasons all add up to everyone who dropped out — a number neither table
 * shows, but that one gives and the other then undoes.
 */
public final class FunnelTable {

    private record StageCells(Cell reached, Cell women, Cell men, Cell dropped) {
    }

    /** A drop reason's row: its total, women and men. */
    public record ReasonRow(DropReason reason, Cell total, Cell women, Cell men) {
    }

    private final SmallCells table;
    private final Map<Long, StageCells> stages = new LinkedHashMap<>();
    private final List<ReasonRow> reasons = new ArrayList<>();
    private final Long first;

    /** The funnel's counts for {@code stageIds}, the stages shown, in their order. */
    public FunnelTable(Funnel funnel, List<Long> stageIds, boolean seesPeople) {
        table = SmallCells.forViewer(seesPeople);
        first = stageIds.isEmpty() ? null : stageIds.get(0);
        List<Cell> droppedPerStage = new ArrayList<>();
        long droppedShown = 0;
        for (Long id : stageIds) {
            Cell women = table.count(funnel.reached(id, Sex.F));
            Cell men = table.count(funnel.reached(id, Sex.M));
            Cell dropped = table.count(funnel.droppedAt(id));
            stages.put(id, new StageCells(table.total(List.of(women, men)), women, men, dropped));
            droppedPerStage.add(dropped);
            droppedShown += funnel.droppedAt(id);
        }
        List<Cell> totals = new ArrayList<>();
        List<Cell> women = new ArrayList<>();
        List<Cell> men = new ArrayList<>();
        funnel.reasons().forEach((reason, bySex) -> {
            Cell w = table.count(bySex[0]);
            Cell m = table.count(bySex[1]);
            Cell total = table.total(List.of(w, m));
            reasons.add(new ReasonRow(reason, total, w, m));
            totals.add(total);
            women.add(w);
            men.add(m);
        });
        long allDropped = funnel.reasons().values().stream().mapToLong(n -> n[0] + n[1]).sum();
        Cell dropped = table.unseen(allDropped);
        if (allDropped != droppedShown) {
            // Drops at a stage not shown: the stages' sum holds a part the reader does not see.
            droppedPerStage.add(table.unseen(Math.max(0, allDropped - droppedShown)));
        }
        table.sum(dropped, droppedPerStage);
        table.sum(dropped, totals);
        Cell droppedWomen = table.unseen(funnel.reasons().values().stream().mapToLong(n -> n[0]).sum());
        Cell droppedMen = table.unseen(funnel.reasons().values().stream().mapToLong(n -> n[1]).sum());
        table.sum(droppedWomen, women);
        table.sum(droppedMen, men);
        table.sum(dropped, droppedWomen, droppedMen);
    }

    public Cell reached(long stageId) {
        return stage(stageId).reached();
    }

    public Cell reachedBy(long stageId, Sex sex) {
        return sex == Sex.F ? stage(stageId).women() : stage(stageId).men();
    }

    public Cell droppedAt(long stageId) {
        return stage(stageId).dropped();
    }

    /**
     * The share of those who entered the pipeline that reached this stage, in whole percent; null
     * when either count is hidden, as the share would give it back.
     */
    public Long share(long stageId) {
        if (first == null) {
            return null;
        }
        Cell entered = reached(first);
        Cell reached = reached(stageId);
        if (table.anyHidden(entered, reached)) {
            return null;
        }
        return entered.getValue() == 0 ? 0 : Math.round(100.0 * reached.getValue() / entered.getValue());
    }

    public List<ReasonRow> reasons() {
        return reasons;
    }

    /** Whether any figure of the table is hidden, for the page to explain the mark. */
    public boolean anyHidden() {
        return stages.values().stream().anyMatch(s -> table.anyHidden(s.reached(), s.women(), s.men(), s.dropped()))
                || reasons.stream().anyMatch(r -> table.anyHidden(r.total(), r.women(), r.men()));
    }

    private StageCells stage(long stageId) {
        StageCells cells = stages.get(stageId);
        if (cells == null) {
            throw new IllegalArgumentException("not a stage of this table: " + stageId);
        }
        return cells;
    }
}
