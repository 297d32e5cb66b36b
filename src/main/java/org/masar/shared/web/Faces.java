package org.masar.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.masar.shared.db.Contention;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.i18n.Texts;

/** Messages on pages, in the viewer's language. Field messages go next to the field whose id is the field name. */
public final class Faces {

    private Faces() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        var locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale()
                : jakarta.enterprise.inject.spi.CDI.current().select(org.masar.shared.i18n.ReaderLocale.class).get().getLocale();
        return Texts.get(locale, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** A global warning: what was done stands, but the user should look again. */
    public static void warn(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Shows a refusal of the domain: per field when it names fields of {@code formId}, globally otherwise. */
    public static void show(BusinessException refusal, String formId) {
        if (refusal instanceof InvalidInput invalid) {
            invalid.fieldKeys().forEach((field, key) -> error(formId + ":" + field, key, invalid.arguments(field)));
        } else {
            error(null, refusal.messageKey(), refusal.arguments());
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Runs a save or other change; a refusal of the domain, or another user's save that came
     * first — however it failed: a stale version at flush or commit, a deadlock, a lock wait
     * ({@link Contention}) —, becomes messages on the form and the answer is false. The form's
     * input stays. Any other failure goes on to the error page.
     */
    public static boolean attempt(String formId, Runnable change) {
        try {
            change.run();
            return true;
        } catch (BusinessException refusal) {
            show(refusal, formId);
        } catch (ConstraintViolationException invalid) {
            // An entity rule the form did not check itself: still shown next to its field.
            FacesContext faces = FacesContext.getCurrentInstance();
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                String path = violation.getPropertyPath().toString();
                faces.addMessage(formId + ":" + path.substring(path.lastIndexOf('.') + 1), new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, violation.getMessage(), violation.getMessage()));
            }
            faces.validationFailed();
        } catch (RuntimeException failure) {
            show(Contention.refusal(failure).orElseThrow(() -> failure), formId);
        }
        return false;
    }

    /** Leaves the page for another, keeping the messages just added. */
    public static void redirect(String path) {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Answers 404 for an id that names nothing the user may see. */
    public static void notFound() {
        sendError(404);
    }

    /** Answers 400 for an address whose parameters do not read (see {@link ViewParametersCheck}). */
    public static void badRequest() {
        sendError(400);
    }

    /** Answers 403 when the user's role does not allow the page. */
    public static void forbidden() {
        sendError(403);
    }

    private static void sendError(int status) {
        var faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }


    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
