package org.masar.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Locale;
import org.masar.security.domain.AppUser;
import org.masar.security.service.SignInService.Outcome;
import org.masar.security.service.UserService;
import org.masar.shared.web.Faces;

/**
 * login.xhtml: the password step of signing in, through Jakarta Security; then where the user was
 * heading, or the code step (login-code.xhtml) for an account with a second factor. The page is a
 * stateful view, so its form only posts with the view state of a page this browser opened.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    MasarAuthentication authentication;

    @Inject
    UserService users;

    @Inject
    SessionLocale sessionLocale;

    @NotBlank
    @Size(max = AppUser.USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            users.byUsername(username.trim().toLowerCase(Locale.ROOT))
                    .ifPresent(user -> sessionLocale.signedIn(user.getUsername(), user.getLocale()));
            external.redirect(external.getRequestContextPath() + NextPage.safe(next));
            faces.responseComplete();
        } else if (authentication.awaitingCode(request).isPresent()) {
            external.redirect(external.getRequestContextPath()
                    + NextPage.with(MasarAuthentication.CODE_PAGE, NextPage.safe(next)));
            faces.responseComplete();
        } else {
            Faces.error("login:password", message(MasarAuthentication.outcome(request).orElse(Outcome.INVALID)));
            faces.validationFailed();
        }
    }

    static String message(Outcome outcome) {
        return switch (outcome) {
            case LOCKED -> "login.locked";
            case UNAVAILABLE -> "login.unavailable";
            default -> "login.failed";
        };
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + MasarAuthentication.LOGIN_PAGE);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
