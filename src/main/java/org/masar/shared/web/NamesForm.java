package org.masar.shared.web;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.masar.shared.domain.Names;

/**
 * The four name fields of a stage, criterion or site form (WEB-INF/templates/names.xhtml). The
 * domain says whether English is required; a page that checks it before saving says so in the
 * template's {@code requiredMessage}.
 */
public class NamesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = Names.MAX)
    private String en;

    @Size(max = Names.MAX)
    private String fr;

    @Size(max = Names.MAX)
    private String ar;

    @Size(max = Names.MAX)
    private String it;

    public static NamesForm of(Names names) {
        NamesForm form = new NamesForm();
        form.en = names.getEn();
        form.fr = names.getFr();
        form.ar = names.getAr();
        form.it = names.getIt();
        return form;
    }

    public Names toNames() {
        return new Names(en, fr, ar, it);
    }

    public void clear() {
        en = fr = ar = it = null;
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
