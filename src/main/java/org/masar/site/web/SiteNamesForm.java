package org.masar.site.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.masar.site.domain.Site;
import org.masar.site.domain.SiteNames;

/** The four name fields of the site form (WEB-INF/templates/names.xhtml); English is required. */
public class SiteNamesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{site.error.nameRequired}")
    @Size(max = Site.NAME_MAX)
    private String en;

    @Size(max = Site.NAME_MAX)
    private String fr;

    @Size(max = Site.NAME_MAX)
    private String ar;

    @Size(max = Site.NAME_MAX)
    private String it;

    static SiteNamesForm of(SiteNames names) {
        SiteNamesForm form = new SiteNamesForm();
        form.en = names.en();
        form.fr = names.fr();
        form.ar = names.ar();
        form.it = names.it();
        return form;
    }

    SiteNames toNames() {
        return new SiteNames(en, fr, ar, it);
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }

    public String getFr() {
        return fr;
    }

    public void setFr(String fr) {
        this.fr = fr;
    }

    public String getAr() {
        return ar;
    }

    public void setAr(String ar) {
        this.ar = ar;
    }

    public String getIt() {
        return it;
    }

    public void setIt(String it) {
        this.it = it;
    }
}
