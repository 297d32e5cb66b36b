package org.masar.training.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.NotFound;
import org.masar.shared.i18n.LocalDates;
import org.masar.shared.i18n.Texts;
import org.masar.shared.web.Faces;
import org.masar.training.service.CertificateService;

/**
 * training/certificates.xhtml: a course's certificates, print-ready (A4, one a page), each in its
 * holder's language and direction; one participant's alone with {@code participant}.
 */
@Named
@RequestScoped
public class CertificatesBacking {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentUser currentUser;

    private Long course;
    private Long participant;
    private List<CertificateService.Printed> printed;

    /** Loads the certificates; a course the caller may not change answers as unknown or refused, as its page does. */
    public void load() {
        if (course == null) {
            Faces.notFound();
            return;
        }
        try {
            printed = certificates.printed(course, participant, currentUser.require());
        } catch (NotFound unknown) {
            Faces.notFound();
        } catch (BusinessException refused) {
            Faces.forbidden();
        }
    }

    /** A certificate's words, in its holder's language. */
    public String text(CertificateService.Printed p, String key) {
        return Texts.get(locale(p), key);
    }

    public String hours(CertificateService.Printed p) {
        Locale locale = locale(p);
        return Texts.get(locale, "training.certificate.hours", formatHours(p.certificate().getHoursAttended(), locale),
                LocalDates.format(p.course().getStartDate(), locale), LocalDates.format(p.course().getEndDate(), locale));
    }

    public String issued(CertificateService.Printed p) {
        Locale locale = locale(p);
        return Texts.get(locale, "training.certificate.issued", p.course().getSite().name(locale),
                LocalDates.format(p.certificate().getIssuedOn(), locale));
    }

    public String dir(CertificateService.Printed p) {
        return Texts.isRightToLeft(locale(p)) ? "rtl" : "ltr";
    }

    static String formatHours(double hours, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.forLanguageTag(
                "ar".equals(locale.getLanguage()) ? "ar-TN" : locale.toLanguageTag()));
        format.setMaximumFractionDigits(2);
        return format.format(hours);
    }

    private static Locale locale(CertificateService.Printed p) {
        return Texts.supported(Locale.forLanguageTag(p.language()));
    }

    public Long getCourse() {
        return course;
    }

    public void setCourse(Long course) {
        this.course = course;
    }

    public Long getParticipant() {
        return participant;
    }

    public void setParticipant(Long participant) {
        this.participant = participant;
    }

    public List<CertificateService.Printed> getPrinted() {
        return printed == null ? List.of() : printed;
    }
}
