package org.masar.beneficiary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;

/**
 * The profile's erasure panel: a registry user asks for the person's record to be erased, a
 * manager who did not ask approves or refuses it; each irreversible step needs its box ticked,
 * checked here on the server. The person is the profile page's ({@link ViewBeneficiaryBacking}).
 */
@Named
@ViewScoped
public class ErasureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient org.masar.beneficiary.service.ErasureService erasures;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient org.masar.security.service.StaffNames staff;

    @Inject
    ViewBeneficiaryBacking page;

    @Inject
    ProfileActionsBacking actions;

    private transient java.util.Optional<org.masar.beneficiary.domain.ErasureRequest> erasure;
    private boolean erasureConfirmed;

    /** The request to erase the record that waits for a manager, if any. */
    /** Who asked for the pending erasure, by name. */
    public String getRequestedByName() {
        String username = getErasure() == null ? null : getErasure().getRequestedBy();
        return staff.of(java.util.Collections.singleton(username)).of(username);
    }

    public org.masar.beneficiary.domain.ErasureRequest getErasure() {
        if (erasure == null) {
            erasure = page.getPerson() == null ? java.util.Optional.empty() : erasures.pending(page.getPerson());
        }
        return erasure.orElse(null);
    }

    /** Whether the caller may ask for the record to be erased: a registry role, no request pending, not erased. */
    public boolean isCanRequestErasure() {
        return actions.isCanEdit() && getErasure() == null;
    }

    /** Whether the caller may decide the pending request: a manager who did not ask for it. */
    public boolean isCanDecideErasure() {
        var caller = currentUser.caller().orElse(null);
        return caller != null && getErasure() != null && org.masar.beneficiary.service.ErasureService.decides(caller)
                && !getErasure().getRequestedBy().equals(caller.username());
    }

    public void requestErasure() {
        if (!confirmed("erasureRequest")) {
            return;
        }
        if (Faces.attempt("erasureRequest", () -> erasures.request(page.getCode(), currentUser.require()))) {
            Faces.info("erasure.requested");
            Faces.redirect("/beneficiary/view.xhtml?code=" + page.getCode());
        }
    }

    public void approveErasure() {
        decide(true);
    }

    public void refuseErasure() {
        decide(false);
    }

    private void decide(boolean erase) {
        var pending = getErasure();
        if (pending == null || (erase && !confirmed("erasureDecision"))) {
            return;
        }
        if (Faces.attempt("erasureDecision", () -> erasures.decide(page.getCode(), pending.getId(), pending.getVersion(), erase,
                currentUser.require()))) {
            Faces.info(erase ? "erasure.done" : "erasure.refused");
            Faces.redirect("/beneficiary/view.xhtml?code=" + page.getCode());
        }
    }

    /** The irreversible step needs its box ticked, checked here on the server. */
    private boolean confirmed(String formId) {
        if (!erasureConfirmed) {
            Faces.error(formId + ":erasureConfirmed", "erasure.error.confirm");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
        return true;
    }

    public boolean isErasureConfirmed() {
        return erasureConfirmed;
    }

    public void setErasureConfirmed(boolean erasureConfirmed) {
        this.erasureConfirmed = erasureConfirmed;
    }
}
