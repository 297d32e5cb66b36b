package org.masar.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.audit.domain.AuditAlert;
import org.masar.audit.service.AuditAccess;
import org.masar.audit.service.AuditAlerts;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;

/** audit/alerts.xhtml: accounts that read unusually many profiles in an hour, for administrators. */
@Named
@ViewScoped
public class AlertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditAlerts alerts;

    @Inject
    transient CurrentUser currentUser;

    private transient List<AuditAlert> open;

    public void load() {
        if (!AuditAccess.seesAlerts(currentUser.require())) {
            Faces.forbidden();
            return;
        }
        open = alerts.open(currentUser.require());
    }

    public void seen(AuditAlert alert) {
        if (Faces.attempt("alerts", () -> alerts.seen(alert.getId(), alert.getVersion(), currentUser.require()))) {
            Faces.info("audit.alert.seenDone", alert.getUsername());
        }
        load();
    }

    /** When the alert was raised, in the reader's zone. */
    public java.time.LocalDateTime localAt(AuditAlert alert) {
        return alert.getAt().atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(currentUser.scope().zone()).toLocalDateTime();
    }

    public List<AuditAlert> getOpen() {
        return open;
    }
}
