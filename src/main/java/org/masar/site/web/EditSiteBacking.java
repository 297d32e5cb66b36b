package org.masar.site.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;
import org.masar.shared.web.NamesForm;
import org.masar.site.domain.Site;
import org.masar.site.domain.SiteLevel;
import org.masar.site.service.SiteService;

/** admin/site.xhtml: a new site under a parent, or the names and status of an existing one. */
@Named
@ViewScoped
public class EditSiteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SiteService sites;

    private Long id;
    private int version;
    private String parentCode;

    @NotBlank
    @Size(min = 2, max = Site.CODE_MAX)
    @Pattern(regexp = Site.CODE_PATTERN, message = "{validation.site.code}")
    private String code;

    @jakarta.validation.Valid
    private NamesForm names = new NamesForm();

    private boolean active = true;
    private transient List<Site> parents;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            Site site = sites.get(id);
            version = site.getVersion();
            code = site.getCode();
            names = NamesForm.of(site.names());
            active = site.isActive();
            parentCode = site.getParentCode();
        } catch (NotFound unknown) {
            Faces.notFound();
        }
    }

    public void save() {
        boolean saved = Faces.attempt("form", () -> {
            if (id == null) {
                sites.create(parentCode, code, names.toNames());
            } else {
                sites.update(id, version, names.toNames(), active);
            }
        });
        if (saved) {
            Faces.info("site.edit.saved", code);
            Faces.redirect("/admin/sites.xhtml");
        }
    }

    /** Parents a new site may have: countries and regions. */
    public List<Site> getParents() {
        if (parents == null) {
            parents = sites.tree().stream().filter(s -> s.getLevel() != SiteLevel.MUNICIPALITY).toList();
        }
        return parents;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public NamesForm getNames() {
        return names;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
