package org.masar.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.programme.domain.Partner;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.service.PartnerService;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;

/** admin/partner.xhtml */
@Named
@ViewScoped
public class EditPartnerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerService partners;

    private Long id;
    private Partner partner = new Partner();

    public void load() {
        if (id != null) {
            try {
                partner = partners.get(id);
            } catch (NotFound unknown) {
                Faces.notFound();
            }
        }
    }

    public void save() {
        if (Faces.attempt("form", () -> partners.save(partner))) {
            Faces.info("partner.edit.saved", partner.getName());
            Faces.redirect("/admin/partners.xhtml");
        }
    }

    public PartnerType[] getTypes() {
        return PartnerType.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Partner getPartner() {
        return partner;
    }
}
