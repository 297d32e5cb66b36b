package org.masar.programme.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.programme.domain.PartnerType;
import org.masar.programme.service.PartnerForm;
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
    private PartnerForm form = new PartnerForm();

    public void load() {
        if (id != null) {
            try {
                form = partners.formFor(id);
            } catch (NotFound unknown) {
                Faces.notFound();
            }
        }
    }

    public void save() {
        if (Faces.attempt("form", () -> partners.save(form))) {
            Faces.info("partner.edit.saved", form.getName());
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

    public PartnerForm getForm() {
        return form;
    }
}
