package org.masar.container;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Section;

/**
 * Test deployment only: a module nobody in Masar knows, adding a section to the profile. It must
 * appear there, after the sections of case work, for staff only, with the person it was given.
 */
@Named
@ViewScoped
public class ProbeSection implements Section<Beneficiary>, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser currentUser;

    private String code;

    @Override
    public int getOrder() {
        return 900;
    }

    @Override
    public String getFragment() {
        return "/WEB-INF/sections/probe.xhtml";
    }

    @Override
    public boolean isVisible() {
        return currentUser.isSeesPeople();
    }

    @Override
    public void load(Beneficiary person) {
        code = person.getCode();
    }

    public String getCode() {
        return code;
    }
}
