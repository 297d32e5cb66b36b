package org.masar.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masar.shared.domain.SmallCells.Cell;

/**
 * The small-cell rule: what is hidden in rows, columns and totals, when one hidden count forces
 * another, and — for small tables, by trying every value a reader could put in the gaps — that
 * no hidden count can be worked out from what is shown.
 */
class SmallCellsTest {

    private static SmallCells donor() {
        return SmallCells.forViewer(false);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void aCountFromOneToFourIsHiddenAsSmall(int n) {
        Cell cell = donor().count(n);
        assertTrue(cell.isHidden());
        assertNull(cell.getValue());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 6, 120})
    void zeroAndFiveOrMoreAreShown(int n) {
        Cell cell = donor().count(n);
        assertFalse(cell.isHidden());
        assertEquals((long) n, cell.getValue());
    }

    @Test
    void staffWhoSeePeopleSeeTheRealCounts() {
        SmallCells staff = SmallCells.forViewer(true);
        Cell women = staff.count(3);
        Cell men = staff.count(12);
        Cell total = staff.total(List.of(women, men));
        assertEquals(3L, women.getValue());
        assertEquals(12L, men.getValue());
        assertEquals(15L, total.getValue());
        assertFalse(staff.anyHidden(women, men, total));
    }

    @Test
    void aRowWithOneSmallCellHidesTheNextSmallestOfTheRowToo() {
        SmallCells table = donor();
        int women = shown(table, 3);
        int men = shown(table, 12);
        int total = total(table, List.of(women, men));
        assertTrue(cell(women).isHidden(), "3 is small");
        assertTrue(cell(men).isHidden(), "15 − 12 would give the 3 away");
        assertEquals(15L, cell(total).getValue(), "the total alone tells nothing");
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void theSecondCellHiddenIsTheSmallestAboveZero() {
        SmallCells table = donor();
        int small = shown(table, 3);
        int empty = shown(table, 0);
        int nine = shown(table, 9);
        int forty = shown(table, 40);
        int total = total(table, List.of(small, empty, nine, forty));
        assertTrue(cell(small).isHidden());
        assertFalse(cell(empty).isHidden(), "hiding a zero protects nothing");
        assertTrue(cell(nine).isHidden());
        assertFalse(cell(forty).isHidden());
        assertFalse(cell(total).isHidden());
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void aRowOfLargeCountsHidesNothing() {
        SmallCells table = donor();
        int women = shown(table, 5);
        int men = shown(table, 17);
        int total = total(table, List.of(women, men));
        assertFalse(table.anyHidden(cell(women), cell(men), cell(total)));
    }

    @Test
    void twoSmallCellsProtectEachOtherWhenTheirSumIsNotSmall() {
        SmallCells table = donor();
        int a = shown(table, 3);
        int b = shown(table, 4);
        int c = shown(table, 20);
        int total = total(table, List.of(a, b, c));
        assertTrue(cell(a).isHidden());
        assertTrue(cell(b).isHidden());
        assertFalse(cell(c).isHidden(), "27 − 20 = 7 is shared by two hidden cells");
        assertFalse(cell(total).isHidden());
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void twoHiddenCellsThatAddUpToASmallCountAreASmallCellTogether() {
        SmallCells table = donor();
        int a = shown(table, 1);
        int b = shown(table, 2);
        int c = shown(table, 20);
        int total = total(table, List.of(a, b, c));
        assertTrue(cell(a).isHidden() && cell(b).isHidden());
        assertTrue(cell(c).isHidden(), "23 − 20 = 3 people between the two hidden cells");
        assertFalse(cell(total).isHidden());
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void aSmallTotalIsHiddenAndCannotBeAddedUpFromItsParts() {
        SmallCells table = donor();
        int women = shown(table, 0);
        int men = shown(table, 3);
        int total = total(table, List.of(women, men));
        assertTrue(cell(total).isHidden());
        assertTrue(cell(men).isHidden());
        assertFalse(cell(women).isHidden());
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void aSmallTotalShownWithoutItsPartsIsHiddenAlone() {
        SmallCells table = donor();
        int total = shown(table, 3);
        sum(table, total, List.of(unseen(table, 1), unseen(table, 2)));
        assertTrue(cell(total).isHidden());
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void aHiddenCellForcedInARowForcesAnotherInItsColumn() {
        // a=3  b=10 | 13
        // c=8  d=9  | 17
        // 11   19   | 30
        SmallCells table = donor();
        Cell[][] grid = grid(table, new long[][] {{3, 10}, {8, 9}});
        for (Cell[] row : grid) {
            for (Cell c : row) {
                assertTrue(c.isHidden(), "each hidden cell needs a partner in its row and in its column");
            }
        }
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void inALargerTableOnlyTheCellsNeededAreHidden() {
        //  2  9  7 | 18
        //  6  8  5 | 19
        //  9  7  6 | 22
        SmallCells table = donor();
        Cell[][] grid = grid(table, new long[][] {{2, 9, 7}, {6, 8, 5}, {9, 7, 6}});
        long hidden = java.util.Arrays.stream(grid).flatMap(java.util.Arrays::stream).filter(Cell::isHidden).count();
        assertEquals(4, hidden, "one small cell costs a rectangle of four, not the table");
        assertTrue(grid[0][0].isHidden());
        assertFalse(grid[2][0].isHidden() || grid[2][1].isHidden() || grid[2][2].isHidden() || grid[0][1].isHidden());
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void twoTablesTiedByATotalNeitherShowsProtectEachOther() {
        // Dropped per stage (3, 10, 12) and per reason (5, 20) both add up to the 25 who dropped,
        // a number no table shows: from the reasons a reader has 25, so 25 − 10 − 12 gives the 3.
        SmallCells table = donor();
        int dropped = unseen(table, 25);
        List<Integer> perStage = List.of(shown(table, 3), shown(table, 10), shown(table, 12));
        List<Integer> perReason = List.of(shown(table, 5), shown(table, 20));
        sum(table, dropped, perStage);
        sum(table, dropped, perReason);
        assertTrue(cell(perStage.get(0)).isHidden());
        assertTrue(cell(perStage.get(1)).isHidden(), "the smallest other stage goes too");
        assertFalse(cell(perStage.get(2)).isHidden());
        assertFalse(cell(perReason.get(0)).isHidden() || cell(perReason.get(1)).isHidden());
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void aSmallTotalNoTableShowsIsNotGivenAwayEither() {
        // 3 women dropped out in all: shown nowhere, but 13 − 10 would tell it.
        SmallCells table = donor();
        int women = unseen(table, 3);
        int men = shown(table, 10);
        int all = shown(table, 13);
        sum(table, all, List.of(women, men));
        sum(table, women, List.of(shown(table, 0), shown(table, 3)));
        assertTrue(cell(men).isHidden(), "the total of women would be 13 − 10");
        assertFalse(cell(all).isHidden());
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void aCellHiddenToProtectAnotherLooksLikeASmallOne() {
        // Women 1, men 5, total 6: were the men marked otherwise than "< 5", they could only be 5.
        SmallCells table = donor();
        int women = shown(table, 1);
        int men = shown(table, 5);
        total(table, List.of(women, men));
        assertTrue(cell(women).isHidden() && cell(men).isHidden());
        assertNoHiddenCountCanBeWorkedOut();
    }

    @Test
    void aShareOfAHiddenCountIsHidden() {
        SmallCells table = donor();
        Cell entered = table.count(40);
        Cell reached = table.count(4);
        Cell other = table.count(25);
        assertTrue(table.anyHidden(reached, entered), "4 of 40 would say 10%");
        assertFalse(table.anyHidden(other, entered));
    }

    @Test
    void aTableIsDeclaredWholeBeforeItIsRead() {
        SmallCells table = donor();
        Cell a = table.count(7);
        a.isHidden();
        assertThrows(IllegalStateException.class, () -> table.count(3));
        assertThrows(IllegalStateException.class, () -> table.sum(a, a));
        assertThrows(IllegalArgumentException.class, () -> donor().count(-1));
        SmallCells other = donor();
        assertThrows(IllegalArgumentException.class, () -> other.sum(other.count(1), donor().count(1)));
    }

    @Test
    void randomSmallTablesGiveNoHiddenCountAway() {
        java.util.Random random = new java.util.Random(9);
        for (int n = 0; n < 500; n++) {
            cells.clear();
            values.clear();
            shown.clear();
            sums.clear();
            SmallCells table = donor();
            long[][] counts = new long[2 + random.nextInt(2)][2 + random.nextInt(2)];
            for (long[] row : counts) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(14);
                }
            }
            grid(table, counts);
            assertNoHiddenCountCanBeWorkedOut();
        }
    }

    // ---- A reader's view of the tables the tests build: every declared cell and sum, mirrored. ----

    private final List<Cell> cells = new ArrayList<>();
    private final List<Long> values = new ArrayList<>();
    private final List<Boolean> shown = new ArrayList<>();
    private final List<List<Integer>> sums = new ArrayList<>();

    private int shown(SmallCells table, long value) {
        return remember(table.count(value), value, true);
    }

    private int unseen(SmallCells table, long value) {
        return remember(table.unseen(value), value, false);
    }

    private void sum(SmallCells table, int total, List<Integer> parts) {
        table.sum(cells.get(total), parts.stream().map(cells::get).toList());
        List<Integer> sum = new ArrayList<>(List.of(total));
        sum.addAll(parts);
        sums.add(sum);
    }

    private int total(SmallCells table, List<Integer> parts) {
        int total = shown(table, parts.stream().mapToLong(values::get).sum());
        sum(table, total, parts);
        return total;
    }

    private Cell cell(int index) {
        return cells.get(index);
    }

    private int remember(Cell cell, long value, boolean isShown) {
        cells.add(cell);
        values.add(value);
        shown.add(isShown);
        return cells.size() - 1;
    }

    /** A table with its row totals, column totals and grand total, all shown. */
    private Cell[][] grid(SmallCells table, long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        int[][] index = new int[rows][columns];
        Cell[][] grid = new Cell[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                index[i][j] = shown(table, counts[i][j]);
                grid[i][j] = cell(index[i][j]);
            }
        }
        List<Integer> rowTotals = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            rowTotals.add(total(table, java.util.Arrays.stream(index[i]).boxed().toList()));
        }
        List<Integer> columnTotals = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            final int column = j;
            columnTotals.add(total(table, IntStream.range(0, rows).mapToObj(i -> index[i][column]).toList()));
        }
        int grand = total(table, rowTotals);
        sum(table, grand, columnTotals);
        return grid;
    }

    /**
     * Works out, as a reader would, every value the hidden and unseen cells could take given what
     * is shown and the sums, and checks that each count from 1 to 4 among them could hold at least
     * two values.
     */
    private void assertNoHiddenCountCanBeWorkedOut() {
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!shown.get(i) || cells.get(i).isHidden()) {
                unknown.add(i);
            }
        }
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        Long[] guess = new Long[cells.size()];
        for (int i = 0; i < cells.size(); i++) {
            guess[i] = unknown.contains(i) ? null : values.get(i);
        }
        List<Set<Long>> possible = new ArrayList<>();
        unknown.forEach(u -> possible.add(new HashSet<>()));
        search(unknown, guess, max, possible);
        for (int k = 0; k < unknown.size(); k++) {
            int at = unknown.get(k);
            assertTrue(possible.get(k).contains(values.get(at)), "the true value is among the possible: " + describe());
            if (SmallCells.isSmall(values.get(at))) {
                assertTrue(possible.get(k).size() >= 2, "cell " + at + " (" + values.get(at) + ") can only be "
                        + possible.get(k) + " in " + describe());
            }
        }
    }

    private static boolean allows(long v) {
        return v >= 0;
    }

    /** Depth-first over the unknown cells, filling in every cell a sum then forces. */
    private void search(List<Integer> unknown, Long[] guess, long max, List<Set<Long>> possible) {
        Long[] filled = guess.clone();
        boolean more = true;
        while (more) {
            more = false;
            for (List<Integer> sum : sums) {
                List<Integer> open = sum.stream().filter(i -> filled[i] == null).toList();
                long parts = 0;
                for (int p = 1; p < sum.size(); p++) {
                    parts += filled[sum.get(p)] == null ? 0 : filled[sum.get(p)];
                }
                if (open.isEmpty()) {
                    if (parts != filled[sum.get(0)]) {
                        return;
                    }
                } else if (open.size() == 1) {
                    int at = open.get(0);
                    long v = at == sum.get(0) ? parts : filled[sum.get(0)] - parts;
                    if (!allows(v)) {
                        return;
                    }
                    filled[at] = v;
                    more = true;
                } else if (filled[sum.get(0)] != null && parts > filled[sum.get(0)]) {
                    return;
                }
            }
        }
        Integer next = unknown.stream().filter(i -> filled[i] == null).findFirst().orElse(null);
        if (next == null) {
            for (int k = 0; k < unknown.size(); k++) {
                possible.get(k).add(filled[unknown.get(k)]);
            }
            return;
        }
        for (long v = 0; v <= max; v++) {
            if (allows(v)) {
                filled[next] = v;
                search(unknown, filled, max, possible);
                filled[next] = null;
            }
        }
    }

    private String describe() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            text.append(i).append('=').append(values.get(i)).append(shown.get(i) ? "" : "(unseen)")
                    .append(cells.get(i).isHidden() ? "[h] " : " ");
        }
        for (List<Integer> sum : sums) {
            text.append(sum).append(' ');
        }
        return text.toString();
    }
}
