package org.masar.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.programme.domain.Partner;
import org.masar.programme.service.PartnerService;
import org.masar.programme.service.ProgrammeForm;
import org.masar.programme.service.ProgrammeService;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/** admin/programme.xhtml: a programme with its lead partner, partners and sites. */
@Named
@ViewScoped
public class EditProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient PartnerService partners;

    @Inject
    transient SiteService sites;

    private Long id;
    private ProgrammeForm form = new ProgrammeForm();
    private transient List<Partner> partnerChoices;
    private transient List<Site> siteChoices;

    public void load() {
        if (id != null) {
            try {
                form = programmes.formFor(id);
            } catch (NotFound unknown) {
                Faces.notFound();
            }
        }
    }

    public void save() {
        if (Faces.attempt("form", () -> programmes.save(form))) {
            Faces.info("programme.edit.saved", form.getCode());
            Faces.redirect("/admin/programmes.xhtml");
        }
    }

    public List<Partner> getPartnerChoices() {
        if (partnerChoices == null) {
            partnerChoices = partners.all();
        }
        return partnerChoices;
    }

    public List<Site> getSiteChoices() {
        if (siteChoices == null) {
            siteChoices = sites.tree();
        }
        return siteChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProgrammeForm getForm() {
        return form;
    }
}
