package org.masar.pipeline.web;

import java.io.Serializable;
import org.masar.pipeline.domain.Names;

/** The four name fields of a stage or criterion form. */
public class NamesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String en;
    private String fr;
    private String ar;
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
