package org.masar.training.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.masar.shared.web.Faces;
import org.masar.shared.web.RequestOrigin;
import org.masar.training.service.CertificateService;

/**
 * verify.xhtml, open without signing in: a certificate's code and its holder's birth year confirm
 * the course, the hours and the date — or say that no certificate matches, the same for both.
 */
@Named
@ViewScoped
public class VerifyCertificateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateService certificates;

    @Inject
    transient RequestOrigin origin;

    @Inject
    transient org.masar.shared.i18n.ReaderLocale reader;

    private String code;
    private Integer birthYear;
    private CertificateService.Verified found;
    private boolean checked;

    public void check() {
        found = null;
        checked = false;
        try {
            found = certificates.verify(code, birthYear, origin.address()).orElse(null);
            checked = true;
        } catch (CertificateService.TooManyChecks tooMany) {
            Faces.error(null, "training.error.tooManyChecks");
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public boolean isChecked() {
        return checked;
    }

    public boolean isFound() {
        return found != null;
    }

    public String getCourseTitle() {
        return found == null ? null : found.courseTitle();
    }

    public String getHours() {
        return found == null ? null : CertificatesBacking.formatHours(found.hours(), reader.getLocale());
    }

    public java.time.LocalDate getIssuedOn() {
        return found == null ? null : found.issuedOn();
    }
}
