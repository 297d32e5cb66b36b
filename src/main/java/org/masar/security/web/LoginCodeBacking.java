package org.masar.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;
import org.masar.security.service.SignInService.Outcome;
import org.masar.security.service.UserService;
import org.masar.shared.web.Faces;

/**
 * login-code.xhtml: the second step of signing in, for an account with a second factor: a code of
 * the authenticator app, or a recovery code. Only a session whose password was just right gets here.
 */
@Named
@RequestScoped
public class LoginCodeBacking {

    @Inject
    SecurityContext security;

    @Inject
    MasarAuthentication authentication;

    @Inject
    UserService users;

    @Inject
    SessionLocale sessionLocale;

    @NotBlank
    @Size(max = 32)
    private String code;

    private String next;

    /** Without a right password just before, there is no code to ask: back to the first step. */
    public void load() throws IOException {
        if (authentication.awaitingCode(request()).isEmpty()) {
            Faces.redirect(NextPage.with(MasarAuthentication.LOGIN_PAGE, next == null ? null : NextPage.safe(next)));
        }
    }

    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = request();
        Optional<String> username = authentication.awaitingCode(request);
        if (username.isEmpty()) {
            Faces.error(null, "login.code.expired");
            Faces.redirect(NextPage.with(MasarAuthentication.LOGIN_PAGE, NextPage.safe(next)));
            return;
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new SecondFactorCredential(code)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            users.byUsername(username.get()).ifPresent(user -> sessionLocale.signedIn(user.getUsername(), user.getLocale()));
            external.redirect(external.getRequestContextPath() + NextPage.safe(next));
            faces.responseComplete();
            return;
        }
        Outcome outcome = MasarAuthentication.outcome(request).orElse(Outcome.INVALID);
        if (outcome == Outcome.LOCKED) {
            Faces.error(null, "login.locked");
            Faces.redirect(NextPage.with(MasarAuthentication.LOGIN_PAGE, NextPage.safe(next)));
            return;
        }
        Faces.error("code:otp", outcome == Outcome.UNAVAILABLE ? "login.unavailable" : "login.code.wrong");
        faces.validationFailed();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
