package org.masar.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.security.domain.Role;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.UserForm;
import org.masar.security.service.UserService;
import org.masar.shared.domain.NotFound;
import org.masar.shared.i18n.Texts;
import org.masar.shared.web.Faces;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/** admin/user.xhtml: create an account, or change its roles, sites, status and password. */
@Named
@ViewScoped
public class EditUserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    transient SiteService sites;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private UserForm form = new UserForm();
    private transient List<Site> siteChoices;

    public void load() {
        if (id != null) {
            try {
                form = users.formFor(id);
            } catch (NotFound unknown) {
                Faces.notFound();
            }
        }
    }

    public void save() {
        if (Faces.attempt("form", () -> users.save(form, currentUser.getUsername()))) {
            Faces.info("user.edit.saved", form.getUsername());
            Faces.redirect("/admin/users.xhtml");
        }
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<String> getLanguages() {
        return Texts.LANGUAGES;
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

    public UserForm getForm() {
        return form;
    }
}
