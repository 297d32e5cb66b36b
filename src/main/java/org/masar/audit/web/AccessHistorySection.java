package org.masar.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.audit.service.AuditAccess;
import org.masar.audit.service.AuditQueries;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Section;

/** The audit's section of a profile, for managers and administrators: the latest reads and changes, and the way to all. */
@Named
@ViewScoped
public class AccessHistorySection implements Section<Beneficiary>, Serializable {

    private static final long serialVersionUID = 1L;
    static final int LATEST = 5;

    @Inject
    transient AuditQueries queries;

    @Inject
    transient CurrentUser currentUser;

    private String code;
    private long total;
    private transient List<AuditQueries.Row> latest;

    @Override
    public int getOrder() {
        return 900;
    }

    @Override
    public String getFragment() {
        return "/WEB-INF/sections/access-history.xhtml";
    }

    @Override
    public boolean isVisible() {
        return currentUser.caller().map(AuditAccess::canRead).orElse(false);
    }

    @Override
    public void load(Beneficiary person) {
        code = person.getCode();
        var page = queries.latest(code, LATEST, currentUser.require());
        latest = page.rows();
        total = page.total();
    }

    public String getCode() {
        return code;
    }

    public long getTotal() {
        return total;
    }

    public List<AuditQueries.Row> getLatest() {
        return latest;
    }
}
