package org.masar.shared.web;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import java.util.Collection;

/**
 * A page opened with a view parameter its converter cannot read (?pipeline=abc, an id beyond
 * the range of a long, ?id=1.5) answers 400 with the error page, for every page at once:
 * otherwise Faces would skip the page's view action and render it half-loaded. Ids that read
 * but name nothing the caller may see are the page's own to refuse, with 404 ({@link
 * Faces#notFound}); 400 comes before any look-up, so it says nothing about what exists.
 * Registered in faces-config.xml.
 */
public class ViewParametersCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getResponseComplete() || faces.getViewRoot() == null) {
            return;
        }
        Collection<UIViewParameter> parameters = ViewMetadata.getViewParameters(faces.getViewRoot());
        if (unreadable(faces.isPostback(), parameters.stream().map(UIViewParameter::isValid).toList())) {
            Faces.badRequest();
        }
    }

    /**
     * Whether a request must answer 400: a page opened (not a form posted back, whose own
     * fields report their errors beside them) with a view parameter that did not convert.
     */
    static boolean unreadable(boolean postback, Collection<Boolean> parametersValid) {
        return !postback && parametersValid.contains(Boolean.FALSE);
    }
}
