package org.masar.internship.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.internship.domain.Host;
import org.masar.internship.domain.Placement;
import org.masar.internship.service.HostDuplicates;
import org.masar.internship.service.HostService;
import org.masar.internship.service.InternshipAccess;
import org.masar.internship.service.PlacementService;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;

/**
 * internship/host.xhtml: a host organisation, read by all who see hosts, recorded ({@code id}
 * absent) and described again by those who record them. Likely duplicates stop the save: the page
 * lists them and asks why this one is different, and the next save carries the reason. Under it,
 * the host's placements past and present, as far as the caller sees them.
 */
@Named
@ViewScoped
public class HostBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HostService hosts;

    @Inject
    transient PlacementService placements;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private int version;
    private HostFields fields = new HostFields();
    private transient Host host;
    private transient List<Placement> hosted;
    private List<HostDuplicates.Candidate> candidates = List.of();
    private String duplicateReason;

    /** The page opened: a host unknown answers 404; recording a new one takes the right to. */
    public void load() {
        var caller = currentUser.caller();
        if (caller.isEmpty() || !InternshipAccess.seesHosts(caller.get())) {
            Faces.forbidden();
            return;
        }
        if (id == null) {
            if (!InternshipAccess.editsHosts(caller.get())) {
                Faces.forbidden();
            }
            return;
        }
        try {
            shown(hosts.find(id, caller.get()));
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    private void shown(Host h) {
        host = h;
        version = h.getVersion();
        fields = HostFields.of(h);
    }

    public void save() {
        var caller = currentUser.require();
        Host[] saved = new Host[1];
        HostDuplicates[] likely = new HostDuplicates[1];
        boolean done = Faces.attempt("host", () -> {
            try {
                saved[0] = id == null ? hosts.create(fields.details(), duplicateReason, caller)
                        : hosts.update(id, version, fields.details(), duplicateReason, caller);
            } catch (HostDuplicates found) {
                likely[0] = found;
            } catch (InvalidInput invalid) {
                throw HostFields.onTheForm(invalid);
            }
        });
        if (likely[0] != null) {
            candidates = likely[0].candidates();
            Faces.error(null, likely[0].messageKey());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (!done) {
            return;
        }
        candidates = List.of();
        duplicateReason = null;
        if (id == null) {
            Faces.info("internship.host.created", saved[0].getName());
            Faces.redirect("/internship/host.xhtml?id=" + saved[0].getId());
            return;
        }
        shown(saved[0]);
        Faces.info("internship.host.saved");
    }

    public boolean isEditable() {
        return currentUser.caller().map(InternshipAccess::editsHosts).orElse(false);
    }

    public boolean isNew() {
        return id == null;
    }

    public Host getHost() {
        if (host == null && id != null) {
            host = hosts.find(id, currentUser.require());
        }
        return host;
    }

    /** The host's placements past and present that the caller sees, latest start first. */
    public List<Placement> getPlacements() {
        if (hosted == null) {
            hosted = id == null ? List.of() : placements.ofHost(id, currentUser.require());
        }
        return hosted;
    }

    public HostFields getFields() {
        return fields;
    }

    public List<HostDuplicates.Candidate> getCandidates() {
        return candidates;
    }

    public String getDuplicateReason() {
        return duplicateReason;
    }

    public void setDuplicateReason(String duplicateReason) {
        this.duplicateReason = duplicateReason;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
