package org.masar.security.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.masar.security.service.CurrentUser;
import org.masar.security.service.UserService;
import org.masar.shared.i18n.ReaderLocale;
import org.masar.shared.i18n.Texts;

/** The language of this session: chosen on any page, remembered for the signed-in user. */
@Named
@SessionScoped
public class SessionLocale implements ReaderLocale, Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserService users;

    @Inject
    transient CurrentUser currentUser;

    private Locale locale;
    private boolean chosenBeforeSignIn;

    @Override
    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            locale = Texts.supported(faces == null ? null : faces.getExternalContext().getRequestLocale());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public String getDir() {
        return Texts.isRightToLeft(getLocale()) ? "rtl" : "ltr";
    }

    public List<String> getLanguages() {
        return Texts.LANGUAGES;
    }

    /** Switches language and stays on the same page. */
    public void change(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        if (currentUser.isSignedIn()) {
            users.rememberLocale(currentUser.getUsername(), locale.getLanguage());
        } else {
            chosenBeforeSignIn = true;
        }
    }

    /** After sign-in: a choice made on the sign-in page wins and is remembered, else the stored one applies. */
    public void signedIn(String username, String storedLanguage) {
        if (chosenBeforeSignIn) {
            users.rememberLocale(username, getLanguage());
        } else {
            locale = Texts.supported(Locale.forLanguageTag(storedLanguage));
        }
        chosenBeforeSignIn = false;
    }
}
