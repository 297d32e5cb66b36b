package org.masar.dashboard.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.masar.programme.service.ProgrammeService;
import org.masar.programme.service.ProgrammeView;
import org.masar.security.service.CurrentUser;

/** index.xhtml: the programmes that concern the signed-in user's sites. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentUser currentUser;

    private List<ProgrammeView> visible;

    public List<ProgrammeView> getProgrammes() {
        if (visible == null) {
            visible = programmes.visibleTo(currentUser.scope());
        }
        return visible;
    }
}
