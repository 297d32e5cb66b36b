package org.masar.pipeline.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masar.beneficiary.domain.Sex;
import org.masar.pipeline.domain.DropReason;
import org.masar.shared.domain.SmallCells;
import org.masar.shared.domain.SmallCells.Cell;

/** The funnel through the small-cell rule: what a donor sees, what staff see, and the two tables tied by who dropped. */
class FunnelTableTest {

    private static final List<Long> STAGES = List.of(1L, 2L, 3L);

    /**
     * Reached: stage 1 by 20 women and 25 men, stage 2 by 3 women and 12 men, stage 3 by 7 men.
     * Dropped: 10 at stage 1 (no show: 5 women, 5 men), 3 at stage 2 (no show: 3 men), 12 at
     * stage 3 (moved away: 6 and 6). No show therefore counts 13: 5 women and 8 men.
     */
    private static Funnel funnel() {
        Funnel funnel = new Funnel();
        funnel.reached(1L, Sex.F, 20);
        funnel.reached(1L, Sex.M, 25);
        funnel.reached(2L, Sex.F, 3);
        funnel.reached(2L, Sex.M, 12);
        funnel.reached(3L, Sex.M, 7);
        funnel.dropped(1L, DropReason.NO_SHOW, Sex.F, 5);
        funnel.dropped(1L, DropReason.NO_SHOW, Sex.M, 5);
        funnel.dropped(2L, DropReason.NO_SHOW, Sex.M, 3);
        funnel.dropped(3L, DropReason.MOVED_AWAY, Sex.F, 6);
        funnel.dropped(3L, DropReason.MOVED_AWAY, Sex.M, 6);
        return funnel;
    }

    private static List<Cell> everyCell(FunnelTable table) {
        List<Cell> cells = new ArrayList<>();
        for (long id : STAGES) {
            cells.addAll(List.of(table.reached(id), table.reachedBy(id, Sex.F), table.reachedBy(id, Sex.M),
                    table.droppedAt(id)));
        }
        table.reasons().forEach(r -> cells.addAll(List.of(r.total(), r.women(), r.men())));
        return cells;
    }

    @Test
    void staffWhoSeePeopleSeeEveryCount() {
        FunnelTable table = new FunnelTable(funnel(), STAGES, true);
        assertEquals(3L, table.reachedBy(2L, Sex.F).getValue());
        assertEquals(15L, table.reached(2L).getValue());
        assertEquals(3L, table.droppedAt(2L).getValue());
        assertEquals(33L, table.share(2L));
        assertFalse(table.anyHidden());
        assertTrue(everyCell(table).stream().noneMatch(Cell::isHidden));
    }

    @Test
    void aDonorNeverSeesACountFromOneToFour() {
        FunnelTable table = new FunnelTable(funnel(), STAGES, false);
        for (Cell cell : everyCell(table)) {
            assertTrue(cell.isHidden() || !SmallCells.isSmall(cell.getValue()), "shown: " + cell);
        }
        assertTrue(table.anyHidden());
    }

    @Test
    void theSmallCellOfAStageRowTakesTheNextSmallestOfTheRowWithIt() {
        FunnelTable table = new FunnelTable(funnel(), STAGES, false);
        assertTrue(table.reachedBy(2L, Sex.F).isHidden(), "3 women");
        assertTrue(table.reachedBy(2L, Sex.M).isHidden(), "15 − 12 would give the 3 women");
        assertEquals(15L, table.reached(2L).getValue());
        assertEquals(33L, table.share(2L), "a share of shown counts is shown");
        assertEquals(0L, table.reachedBy(3L, Sex.F).getValue(), "nobody is recognised in a zero");
    }

    @Test
    void theDroppedColumnAndTheReasonsCannotUndoEachOther() {
        // The reasons add up to 25 who dropped; 25 − 10 − 12 would give the 3 of stage 2.
        FunnelTable table = new FunnelTable(funnel(), STAGES, false);
        assertTrue(table.droppedAt(2L).isHidden());
        assertTrue(table.droppedAt(1L).isHidden() || table.droppedAt(3L).isHidden(), "another stage goes with it");
        FunnelTable.ReasonRow noShow = table.reasons().stream().filter(r -> r.reason() == DropReason.NO_SHOW)
                .findFirst().orElseThrow();
        assertEquals(13L, noShow.total().getValue());
    }

    @Test
    void aShareOfAHiddenCountIsHidden() {
        Funnel funnel = new Funnel();
        funnel.reached(1L, Sex.F, 30);
        funnel.reached(1L, Sex.M, 30);
        funnel.reached(2L, Sex.F, 2);
        funnel.reached(2L, Sex.M, 2);
        FunnelTable table = new FunnelTable(funnel, List.of(1L, 2L), false);
        assertTrue(table.reached(2L).isHidden());
        assertNull(table.share(2L), "7% of 60 would say 4");
        assertEquals(100L, table.share(1L));
    }
}
