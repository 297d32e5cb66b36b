package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;
import org.masar.pipeline.domain.OutsidePeriod;
import org.masar.pipeline.service.CaseWorkAccess;
import org.masar.security.service.Caller;
import org.masar.shared.web.Faces;

/**
 * The enrol form's override of the programme's period: a box and a reason, offered only to those
 * who may override (managers and administrators) and only once enrolling was refused because the
 * programme does not run then. Whether to refuse stays the service's to decide. Part of the
 * profile's enrol form ({@link PersonEnrolmentsSection}).
 */
@Named("enrolPeriodOverride")
@ViewScoped
public class PeriodOverride implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean offered;
    private boolean chosen;
    private String reason;

    /**
     * Runs the enrolment as {@link Faces#attempt} does, on form {@code formId}; a refusal for the
     * period offers the override from then on, to those who may. Empty when refused.
     */
    <T> Optional<T> attempt(String formId, Caller caller, Supplier<T> enrolment) {
        java.util.List<T> made = new java.util.ArrayList<>(1);
        Faces.attempt(formId, () -> {
            try {
                made.add(enrolment.get());
            } catch (OutsidePeriod refused) {
                offered = offered || CaseWorkAccess.overridesPeriod(caller);
                throw refused;
            }
        });
        return made.stream().findFirst();
    }

    /** The reason to send: none unless the box is ticked, then the text (an empty one the service refuses). */
    String reason() {
        return offered && chosen ? (reason == null ? "" : reason) : null;
    }

    public boolean isOffered() {
        return offered;
    }

    public boolean isChosen() {
        return chosen;
    }

    public void setChosen(boolean chosen) {
        this.chosen = chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
