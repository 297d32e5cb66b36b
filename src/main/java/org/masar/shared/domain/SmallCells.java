package org.masar.shared.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small-cell rule of every aggregate a donor or auditor sees (the funnel now, dashboards and
 * donor workbooks next): no count from 1 to 4 is shown, nor any figure from which one could be
 * worked out.
 *
 * <p>A page declares the counts it shows ({@link #count}), the totals that tie them together
 * ({@link #sum}) — those it shows, and those it does not show but a reader can still add up from
 * two tables ({@link #unseen}) — and asks each cell whether it {@link Cell#isHidden is hidden}.
 * Primary suppression hides every shown count from 1 to 4. Secondary suppression then hides more
 * until no hidden count, and no count from 1 to 4 that is not shown, can be worked out from what
 * is shown: where a sum has only one unknown left, the smallest count still shown in that sum is
 * hidden too (women 3, men 12, total 15: hiding 3 alone is undone by 15 − 12, so 12 goes too); and
 * where the unknowns of a sum add up to 1–4 (women 1, men 2, others 20, total 23), another goes,
 * as a hidden group that small is itself a small cell. A share computed from a hidden count is
 * hidden with it ({@link #anyHidden}). Zeros stay shown: nobody is recognised in an empty cell.
 * Every hidden cell wears the same mark, "&lt; 5" on the pages, explained beside the table as
 * "from 1 to 4, or hidden so that such a count cannot be worked out". A second mark for cells
 * hidden only to protect another would give counts away: women "&lt; 5", men "hidden", total 6
 * tells a reader that the men, not under 5, are 5 and the women 1.
 *
 * <p>Staff who work with people see the real counts: {@link #forViewer} with {@code seesPeople}
 * hides nothing. This rule protects each table as it is drawn; it cannot stop a reader who
 * compares two filtered views (all sites, then all sites but one).
 */
public final class SmallCells {

    /** Counts below this, and above zero, are never shown to those who see aggregates only. */
    public static final int THRESHOLD = 5;

    private final boolean applies;
    private final List<Cell> cells = new ArrayList<>();
    private final List<List<Cell>> sums = new ArrayList<>();
    private boolean settled;

    private SmallCells(boolean applies) {
        this.applies = applies;
    }

    /** The rule for a viewer: counts hidden for those who see aggregates only, real for those who see people. */
    public static SmallCells forViewer(boolean seesPeople) {
        return new SmallCells(!seesPeople);
    }

    /** True for a count the rule never shows by itself: 1 to 4. */
    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** A count the page shows. */
    public Cell count(long count) {
        return add(count, true);
    }

    /** A count the page does not show but that sums tie to what it shows, such as the total of a column. */
    public Cell unseen(long count) {
        return add(count, false);
    }

    /** Declares that {@code total} is the sum of {@code parts}; any of them may be shown or unseen. */
    public void sum(Cell total, Collection<Cell> parts) {
        requireOpen();
        List<Cell> members = new ArrayList<>();
        members.add(total);
        members.addAll(parts);
        for (Cell c : members) {
            if (c.owner != this) {
                throw new IllegalArgumentException("a cell of another table");
            }
        }
        sums.add(members);
    }

    public void sum(Cell total, Cell... parts) {
        sum(total, List.of(parts));
    }

    /** Shows a new count that is the sum of {@code parts}, and ties them: a row's or a column's total. */
    public Cell total(Collection<Cell> parts) {
        Cell total = count(parts.stream().mapToLong(c -> c.count).sum());
        sum(total, parts);
        return total;
    }

    /** Whether a figure computed from these cells (a share, a rate) must be hidden. */
    public boolean anyHidden(Cell... sources) {
        for (Cell c : sources) {
            if (c.isHidden()) {
                return true;
            }
        }
        return false;
    }

    private Cell add(long count, boolean shown) {
        requireOpen();
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        Cell cell = new Cell(this, count, shown);
        cells.add(cell);
        return cell;
    }

    private void requireOpen() {
        if (settled) {
            throw new IllegalStateException("the table was already read; declare every cell and sum first");
        }
    }

    /** Runs the rule once, when the first cell is read. */
    private void settle() {
        if (settled) {
            return;
        }
        settled = true;
        if (!applies) {
            return;
        }
        for (Cell c : cells) {
            if (isSmall(c.count)) {
                c.secret = true;
                c.hidden = c.shown;
            }
        }
        boolean changed = true;
        while (changed) {
            Map<Cell, List<Cell>> derivedBy = derive();
            changed = false;
            // One change per pass, then work out again what a reader can. The first secret worked
            // out is mended first: the secrets worked out from it may then stay out of reach.
            for (Map.Entry<Cell, List<Cell>> found : derivedBy.entrySet()) {
                if (!changed && found.getKey().secret) {
                    changed = hideAnotherIn(found.getValue(), found.getKey(), derivedBy);
                }
            }
            for (List<Cell> sum : sums) {
                if (!changed && smallHiddenGroup(sum, derivedBy)) {
                    changed = hideAnotherIn(sum, null, derivedBy);
                }
            }
        }
    }

    /**
     * What a reader can work out: the cells shown, then any cell that is the only unknown of a sum,
     * again and again. Each cell worked out is mapped to the sum it was worked out from, in the
     * order a reader would work them out.
     */
    private Map<Cell, List<Cell>> derive() {
        Map<Cell, List<Cell>> derivedBy = new LinkedHashMap<>(); // cells are equal only to themselves
        boolean more = true;
        while (more) {
            more = false;
            for (List<Cell> sum : sums) {
                List<Cell> unknown = sum.stream().filter(c -> !known(c, derivedBy)).toList();
                if (unknown.size() == 1) {
                    derivedBy.put(unknown.get(0), sum);
                    more = true;
                }
            }
        }
        return derivedBy;
    }

    private static boolean known(Cell c, Map<Cell, List<Cell>> derivedBy) {
        return c.shown && !c.hidden || derivedBy.containsKey(c);
    }

    /** Whether the unknown parts of a sum whose total is known add up to a small count. */
    private static boolean smallHiddenGroup(List<Cell> sum, Map<Cell, List<Cell>> derivedBy) {
        Cell total = sum.get(0);
        List<Cell> parts = sum.subList(1, sum.size());
        if (!known(total, derivedBy)) {
            return false;
        }
        List<Cell> unknown = parts.stream().filter(c -> !known(c, derivedBy)).toList();
        if (unknown.size() < 2) {
            return false;
        }
        return isSmall(unknown.stream().mapToLong(c -> c.count).sum());
    }

    /**
     * Hides the smallest count still shown in {@code sum} (other than {@code exposed}), preferring one
     * above zero. When none is shown, the sum was closed by cells worked out elsewhere: the smallest
     * of those becomes a secret too, so that the sum it came from is reopened on the next pass.
     */
    private static boolean hideAnotherIn(List<Cell> sum, Cell exposed, Map<Cell, List<Cell>> derivedBy) {
        Comparator<Cell> smallestAboveZeroFirst = Comparator.<Cell, Boolean>comparing(c -> c.count == 0)
                .thenComparingLong(c -> c.count);
        Optional<Cell> shown = sum.stream().filter(c -> c != exposed && c.shown && !c.hidden)
                .min(smallestAboveZeroFirst);
        if (shown.isPresent()) {
            shown.get().hidden = true;
            shown.get().secret = true;
            return true;
        }
        Optional<Cell> workedOut = sum.stream().filter(c -> c != exposed && !c.secret && derivedBy.containsKey(c))
                .min(smallestAboveZeroFirst);
        workedOut.ifPresent(c -> c.secret = true);
        return workedOut.isPresent();
    }

    /** One count of a table. */
    public static final class Cell {
        private final SmallCells owner;
        private final long count;
        private final boolean shown;
        /** Hidden on the page. */
        private boolean hidden;
        /** Must not be worked out from what is shown (a hidden or small cell). */
        private boolean secret;

        private Cell(SmallCells owner, long count, boolean shown) {
            this.owner = owner;
            this.count = count;
            this.shown = shown;
        }

        /** Whether the page shows the small-cell mark instead of the count (the same mark, whatever the reason). */
        public boolean isHidden() {
            owner.settle();
            return hidden;
        }

        /** The count when shown, null when hidden. */
        public Long getValue() {
            return isHidden() ? null : count;
        }

        @Override
        public String toString() {
            return isHidden() ? "hidden" : String.valueOf(count);
        }
    }
}
