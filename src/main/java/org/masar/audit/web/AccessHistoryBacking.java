package org.masar.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masar.audit.domain.AuditAction;
import org.masar.audit.service.AuditAccess;
import org.masar.audit.service.AuditFilter;
import org.masar.audit.service.AuditQueries;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Downloads;
import org.masar.shared.web.Faces;
import org.masar.shared.web.PagedTable;

/**
 * audit/entries.xhtml: the access history. Opened from a profile it shows who read or changed
 * that person's record; filtered by account, what one user did; by kind and days, paged and
 * exported with the same filters.
 */
@Named
@ViewScoped
public class AccessHistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditQueries queries;

    @Inject
    transient CurrentUser currentUser;

    private String person;
    private String user;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private PagedTable<AuditQueries.Row> table;
    private transient List<String> accounts;

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> queries.page(filter(), request, currentUser.require()), r -> r.getEntry().getId());
    }

    public void open() {
        if (!AuditAccess.canRead(currentUser.require())) {
            Faces.forbidden();
        }
    }

    /** Runs the search; days the wrong way round are said next to the second. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Faces.error("filters:to", "audit.error.range");
        }
    }

    AuditFilter filter() {
        boolean backwards = from != null && to != null && to.isBefore(from);
        return new AuditFilter(person, user, action, from, backwards ? from.minusDays(1) : to);
    }

    public String getExportQuery() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("person", person);
        params.put("user", user);
        params.put("action", action);
        params.put("from", from);
        params.put("to", to);
        return Downloads.query(params);
    }

    public List<String> getAccounts() {
        if (accounts == null) {
            accounts = queries.accounts(currentUser.require());
        }
        return accounts;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public PagedTable<AuditQueries.Row> getTable() {
        return table;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person == null || person.isBlank() ? null : person.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user == null || user.isBlank() ? null : user.strip();
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
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
