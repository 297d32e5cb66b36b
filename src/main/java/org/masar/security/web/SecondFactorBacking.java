package org.masar.security.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.masar.security.domain.Base32;
import org.masar.security.domain.Totp;
import org.masar.security.service.AccountService;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;

/**
 * account/second-factor.xhtml: the user sets up a second factor (or moves it to a new phone). The
 * page shows a new secret and its otpauth:// address for an authenticator app, asks for the
 * current password and the app's first code, then shows ten recovery codes once. The secret stays
 * in this view (on the server) until confirmed.
 */
@Named
@ViewScoped
public class SecondFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient MasarAuthentication authentication;

    private String next;
    private AccountService.SecondFactorStatus status;
    private String secret;
    private String currentPassword;
    private String code;
    private List<String> recoveryCodes;

    public void load() {
        status = accounts.secondFactor(currentUser.require().username());
        if (!status.on()) {
            start();
        }
    }

    /** A new secret to set up, for a first set-up or a new phone. */
    public void start() {
        secret = Totp.newSecret();
        currentPassword = null;
        code = null;
    }

    public void confirm() {
        String username = currentUser.require().username();
        if (Faces.attempt("form", () -> recoveryCodes = accounts.turnOnSecondFactor(username, currentPassword, secret, code))) {
            MasarAuthentication.secondFactorSetUp((HttpServletRequest) FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest());
            status = accounts.secondFactor(username);
            secret = null;
            Faces.info("account.secondFactor.on");
        }
    }

    /** Whether the user must set it up before anything else (masar.mfa.required). */
    public boolean isRequired() {
        return authentication.mustSetUpSecondFactor((HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest());
    }

    public String getContinueTo() {
        return NextPage.safe(next);
    }

    public boolean isSettingUp() {
        return secret != null;
    }

    public String getSecretGrouped() {
        return secret == null ? null : Base32.grouped(secret);
    }

    public String getUri() {
        return secret == null ? null : Totp.uri(currentUser.require().username(), secret);
    }

    public AccountService.SecondFactorStatus getStatus() {
        return status;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
