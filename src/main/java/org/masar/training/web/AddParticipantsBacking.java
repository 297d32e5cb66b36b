package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;
import org.masar.training.service.ParticipantService;
import org.masar.training.service.Refusal;

/**
 * The "add participants" form of training/course.xhtml: one person by code or a whole cohort;
 * whoever cannot join is listed with the reason, under the form.
 */
@Named
@ViewScoped
public class AddParticipantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refusal as the page lists it: the person's code (blank when not known) and the reason's message key. */
    public record Line(String code, String reasonKey) {
    }

    @Inject
    CourseBacking page;

    @Inject
    transient ParticipantService participants;

    @Inject
    transient CurrentUser currentUser;

    private String code;
    private String cohort;
    private List<Line> refused = new ArrayList<>();

    public void addOne() {
        run(() -> participants.addByCode(page.getId(), code, currentUser.require()));
    }

    public void addCohort() {
        run(() -> participants.add(page.getId(), List.of(), cohort == null || cohort.isBlank() ? null : cohort,
                currentUser.require()));
    }

    private void run(java.util.function.Supplier<ParticipantService.Added> adding) {
        refused = new ArrayList<>();
        ParticipantService.Added[] result = new ParticipantService.Added[1];
        boolean done = Faces.attempt("participants", () -> {
            try {
                result[0] = adding.get();
            } catch (Refusal.Refused one) {
                refused.add(line(one.refusal().code() == null ? code : one.refusal().code(), one.refusal()));
            }
        });
        if (done && result[0] != null) {
            result[0].refused().forEach(r -> refused.add(line(r.code(), r)));
            Faces.info("training.participants.added", result[0].added().size(), refused.size());
            code = null;
            cohort = null;
        }
        page.reload();
    }

    private static Line line(String code, Refusal r) {
        return new Line(code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT), r.messageKey());
    }

    public List<Line> getRefused() {
        return refused;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }
}
