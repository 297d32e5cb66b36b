package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.masar.security.service.CurrentUser;
import org.masar.shared.i18n.ReaderLocale;
import org.masar.shared.i18n.Texts;
import org.masar.shared.web.Faces;
import org.masar.training.service.CourseCompletion;

/**
 * The completion form of training/course.xhtml: "complete those who meet the rule", then each move
 * tried listed — completed, or refused with the reason — and the certificates to print.
 */
@Named
@ViewScoped
public class CompletionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A move as the page lists it: the person's code, and the reason it was refused (none when it moved). */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String refusal;

        Line(String code, String refusal) {
            this.code = code;
            this.refusal = refusal;
        }

        public String getCode() {
            return code;
        }

        public String getRefusal() {
            return refusal;
        }

        public boolean isMoved() {
            return refusal == null;
        }
    }

    @Inject
    CourseBacking page;

    @Inject
    transient CourseCompletion completion;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ReaderLocale reader;

    private List<Line> lines = new ArrayList<>();
    private int certified;
    private boolean done;

    public void complete() {
        lines = new ArrayList<>();
        CourseCompletion.Done[] result = new CourseCompletion.Done[1];
        if (Faces.attempt("completion", () -> result[0] = completion.completeMet(page.getId(), currentUser.require()))) {
            Locale locale = reader.getLocale();
            result[0].moves().forEach(m -> lines.add(new Line(m.getBeneficiaryCode(),
                    m.isMoved() ? null : Texts.get(locale, m.getMessageKey(), m.getArguments()))));
            certified = result[0].certificates().size();
            done = true;
            Faces.info("training.completion.done", lines.stream().filter(Line::isMoved).count(), certified);
        }
        page.reload();
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isDone() {
        return done;
    }

    public int getCertified() {
        return certified;
    }
}
