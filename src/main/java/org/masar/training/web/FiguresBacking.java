package org.masar.training.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.masar.programme.service.ProgrammeView;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.training.service.FiguresFilter;
import org.masar.training.service.FiguresTable;
import org.masar.training.service.TrainingAccess;
import org.masar.training.service.TrainingFigures;

/**
 * training/figures.xhtml: training in figures, per programme and in total, over the user's sites —
 * counts only, never a course or a name, so donors see it too, through the small-cell rule
 * ({@link FiguresTable}); staff see every count.
 */
@Named
@ViewScoped
public class FiguresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TrainingFigures figures;

    @Inject
    transient CurrentUser currentUser;

    private String programme;
    private LocalDate from;
    private LocalDate to;
    private transient FiguresTable table;
    private transient List<ProgrammeView> programmeChoices;

    public void open() {
        if (!currentUser.caller().map(TrainingAccess::seesFigures).orElse(false)) {
            Faces.forbidden();
        }
    }

    /** Counts again with the filters chosen; a period that ends before it starts is refused on its field. */
    public void refresh() {
        FiguresFilter filter = new FiguresFilter(programme, from, to);
        if (!Faces.attempt("filters", () -> table = figures.table(filter, currentUser.require()))) {
            table = new FiguresTable(List.of(), currentUser.caller().map(TrainingAccess::seesSites).orElse(false));
        }
    }

    /** The counts as this viewer may see them. */
    public FiguresTable getTable() {
        if (table == null) {
            table = figures.table(new FiguresFilter(programme, from, to), currentUser.require());
        }
        return table;
    }

    public List<ProgrammeView> getProgrammeChoices() {
        if (programmeChoices == null) {
            programmeChoices = figures.programmeChoices(currentUser.require());
        }
        return programmeChoices;
    }

    /** Hours delivered in the reader's number shape (25,5 in French), in the digits every other count uses. */
    public String hours(FiguresTable.Row row) {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        NumberFormat shape = NumberFormat.getNumberInstance(new Locale.Builder().setLocale(reader)
                .setUnicodeLocaleKeyword("nu", "latn").build());
        shape.setMaximumFractionDigits(1);
        return shape.format(row.hours());
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
