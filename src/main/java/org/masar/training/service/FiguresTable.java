package org.masar.training.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.masar.shared.domain.SmallCells;
import org.masar.shared.domain.SmallCells.Cell;

/**
 * Training in figures as its reader may see it: a row per programme and a total row, each count of
 * people through the small-cell rule ({@link SmallCells}) — hidden for those who see aggregates
 * only, real for staff who work with people. The page and the API read their figures here, so that
 * both hide the same cells.
 *
 * <p>The sums a reader could use: per programme, women and men make its participants, and so do
 * the four age bands with those of other ages (under 15, over 64: a figure neither shown nor
 * hidden, yet one a reader can work out); down each column, the programmes make the total. Courses,
 * sessions held and hours delivered count no person and are shown as they are.
 */
public final class FiguresTable {

    /** One line of the table: a programme's, or the total (code and name null). */
    public record Row(String code, String name, long courses, long sessionsHeld, long minutesDelivered,
                      Cell participants, Cell women, Cell men, Cell age15to17, Cell age18to24, Cell age25to35,
                      Cell age36to64, Cell met, Cell certificates, Cell trainingOfTrainers) {

        /** Hours of training delivered: the length of the sessions held, to the tenth of an hour. */
        public double hours() {
            return Math.round(minutesDelivered / 6.0) / 10.0;
        }

        /** The age-band cells, youngest first, as the page shows them. */
        public List<Cell> ageBands() {
            return List.of(age15to17, age18to24, age25to35, age36to64);
        }

        List<Cell> people() {
            return List.of(participants, women, men, age15to17, age18to24, age25to35, age36to64, met, certificates,
                    trainingOfTrainers);
        }
    }

    private final SmallCells table;
    private final List<Row> rows = new ArrayList<>();
    private final Row total;

    public FiguresTable(List<ProgrammeCounts> programmes, boolean seesPeople) {
        table = SmallCells.forViewer(seesPeople);
        List<Cell> others = new ArrayList<>();
        for (ProgrammeCounts p : programmes) {
            Cell women = table.count(p.women());
            Cell men = table.count(p.men());
            Cell participants = table.total(List.of(women, men));
            Cell a = table.count(p.age15to17());
            Cell b = table.count(p.age18to24());
            Cell c = table.count(p.age25to35());
            Cell d = table.count(p.age36to64());
            Cell other = table.unseen(p.otherAges());
            table.sum(participants, a, b, c, d, other);
            others.add(other);
            rows.add(new Row(p.code(), p.name(), p.courses(), p.sessionsHeld(), p.minutesDelivered(), participants, women,
                    men, a, b, c, d, table.count(p.met()), table.count(p.certificates()),
                    table.count(p.trainingOfTrainers())));
        }
        Cell women = column(Row::women);
        Cell men = column(Row::men);
        Cell participants = column(Row::participants);
        table.sum(participants, women, men);
        List<Cell> bands = List.of(column(Row::age15to17), column(Row::age18to24), column(Row::age25to35),
                column(Row::age36to64));
        Cell other = table.unseen(programmes.stream().mapToLong(ProgrammeCounts::otherAges).sum());
        table.sum(other, others);
        List<Cell> ages = new ArrayList<>(bands);
        ages.add(other);
        table.sum(participants, ages);
        total = new Row(null, null, programmes.stream().mapToLong(ProgrammeCounts::courses).sum(),
                programmes.stream().mapToLong(ProgrammeCounts::sessionsHeld).sum(),
                programmes.stream().mapToLong(ProgrammeCounts::minutesDelivered).sum(), participants, women, men,
                bands.get(0), bands.get(1), bands.get(2), bands.get(3), column(Row::met), column(Row::certificates),
                column(Row::trainingOfTrainers));
    }

    /** The total of a column, tied to its programmes' cells. */
    private Cell column(Function<Row, Cell> of) {
        return table.total(rows.stream().map(of).toList());
    }

    /** A row per programme, in the order given. */
    public List<Row> rows() {
        return rows;
    }

    public Row total() {
        return total;
    }

    /** Whether any figure of the table is hidden, for the page to explain the mark. */
    public boolean anyHidden() {
        return total.people().stream().anyMatch(Cell::isHidden)
                || rows.stream().anyMatch(r -> r.people().stream().anyMatch(Cell::isHidden));
    }
}
