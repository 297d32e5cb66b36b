package org.masar.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.List;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.Programme;
import org.masar.programme.service.PartnerService;
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
    private Programme programme = new Programme();
    @NotNull
    private Long leadPartnerId;
    private Long[] partnerIds = {};
    private Long[] siteIds = {};
    private transient List<Partner> partnerChoices;
    private transient List<Site> siteChoices;

    public void load() {
        if (id == null) {
            programme.setCurrency("EUR");
            return;
        }
        try {
            programme = programmes.forEdit(id);
            leadPartnerId = programme.getLeadPartner().getId();
            partnerIds = programme.getPartners().stream().map(Partner::getId).toArray(Long[]::new);
            siteIds = programme.getSites().stream().map(Site::getId).toArray(Long[]::new);
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    public void save() {
        if (Faces.attempt("form", () -> programmes.save(programme, leadPartnerId, List.of(partnerIds), List.of(siteIds)))) {
            Faces.info("programme.edit.saved", programme.getCode());
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

    public Programme getProgramme() {
        return programme;
    }

    public Long getLeadPartnerId() {
        return leadPartnerId;
    }

    public void setLeadPartnerId(Long leadPartnerId) {
        this.leadPartnerId = leadPartnerId;
    }

    public Long[] getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(Long[] partnerIds) {
        this.partnerIds = partnerIds == null ? new Long[0] : partnerIds;
    }

    public Long[] getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(Long[] siteIds) {
        this.siteIds = siteIds == null ? new Long[0] : siteIds;
    }
}
