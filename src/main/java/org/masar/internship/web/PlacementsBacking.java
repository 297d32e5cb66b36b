package org.masar.internship.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.Host;
import org.masar.internship.service.HostFilter;
import org.masar.internship.service.HostService;
import org.masar.internship.service.PlacementAccess;
import org.masar.internship.service.PlacementFilter;
import org.masar.internship.service.PlacementLine;
import org.masar.internship.service.PlacementQueries;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.web.Faces;
import org.masar.shared.web.PagedTable;

/**
 * internship/placements.xhtml: the coordinator's placements on either side of their scope, searched
 * by name and narrowed by status, host, a document still missing and what needs attention, paged in
 * the database; over it, how many need attention for each alert.
 */
@Named
@ViewScoped
public class PlacementsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many hosts the host filter proposes for what is typed. */
    private static final int HOSTS_PROPOSED = 10;

    @Inject
    transient PlacementQueries queries;

    @Inject
    transient HostService hosts;

    @Inject
    transient CurrentUser currentUser;

    private String name;
    private PlacementFilter.Status status = PlacementFilter.Status.RUNNING;
    private HostChoice host;
    private Long hostId;
    private DocumentKind missing;
    private boolean attention;
    private PagedTable<PlacementLine> table;
    private transient Map<String, Long> alertCounts;

    /** A host as the filter offers it. */
    public record HostChoice(long id, String name) implements Serializable {
    }

    @PostConstruct
    void init() {
        table = new PagedTable<>(request -> queries.page(filter(), request, currentUser.require()), PlacementLine::id);
    }

    /** The page opened: only those who work placements; {@code host} in the address narrows it to one host. */
    public void open() {
        var caller = currentUser.caller();
        if (caller.isEmpty() || !PlacementAccess.editsPlacements(caller.get())) {
            Faces.forbidden();
            return;
        }
        if (hostId != null && host == null) {
            try {
                Host h = hosts.find(hostId, caller.get());
                host = new HostChoice(h.getId(), h.getName());
            } catch (NotFound unknown) {
                hostId = null;
            }
        }
    }

    private PlacementFilter filter() {
        return new PlacementFilter(name, status, host == null ? null : host.id(), missing, attention);
    }

    /** The hosts whose name holds what is typed, for the host filter. */
    public List<HostChoice> completeHost(String typed) {
        return hosts.page(new HostFilter(typed, null, null, null, null, false), new PageRequest(0, HOSTS_PROPOSED, "nameKey",
                true, Map.of()), currentUser.require()).rows().stream().map(h -> new HostChoice(h.getId(), h.getName())).toList();
    }

    /** The host filter's choice as the browser sends it back: its id, the name read again. */
    public Converter<HostChoice> getHostConverter() {
        return new Converter<>() {
            @Override
            public HostChoice getAsObject(FacesContext context, UIComponent component, String value) {
                if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit)) {
                    return null;
                }
                try {
                    Host h = hosts.find(Long.parseLong(value), currentUser.require());
                    return new HostChoice(h.getId(), h.getName());
                } catch (NotFound | NumberFormatException unknown) {
                    return null;
                }
            }

            @Override
            public String getAsString(FacesContext context, UIComponent component, HostChoice value) {
                return value == null ? "" : String.valueOf(value.id());
            }
        };
    }

    /** Shows only those needing attention for an alert counted above the list (the alerts are shown on each row). */
    public void showAttention() {
        attention = true;
        status = PlacementFilter.Status.RUNNING;
    }

    public Map<String, Long> getAlertCounts() {
        if (alertCounts == null) {
            alertCounts = queries.alertCounts(currentUser.require());
        }
        return alertCounts;
    }

    public List<String> getAlerts() {
        return PlacementQueries.ALERTS;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public PlacementFilter.Status[] getStatuses() {
        return PlacementFilter.Status.values();
    }

    public PagedTable<PlacementLine> getTable() {
        return table;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PlacementFilter.Status getStatus() {
        return status;
    }

    public void setStatus(PlacementFilter.Status status) {
        this.status = status;
    }

    public HostChoice getHost() {
        return host;
    }

    public void setHost(HostChoice host) {
        this.host = host;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public DocumentKind getMissing() {
        return missing;
    }

    public void setMissing(DocumentKind missing) {
        this.missing = missing;
    }

    public boolean isAttention() {
        return attention;
    }

    public void setAttention(boolean attention) {
        this.attention = attention;
    }
}
