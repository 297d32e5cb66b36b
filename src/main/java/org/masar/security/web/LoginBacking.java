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
import org.masar.security.domain.AppUser;
import org.masar.security.service.SignInService;
import org.masar.security.service.UserService;
import org.masar.shared.web.Faces;

/** login.xhtml: signs in through Jakarta Security, then goes where the user was heading. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;

    @Inject
    SignInService signIn;

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
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            users.byUsername(username.trim().toLowerCase(java.util.Locale.ROOT))
                    .ifPresent(user -> sessionLocale.signedIn(user.getUsername(), user.getLocale()));
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
        } else {
            Faces.error("login:password", signIn.isLocked(username) ? "login.locked" : "login.failed");
            faces.validationFailed();
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + MasarAuthentication.LOGIN_PAGE);
    }

    /** Only a path inside Masar, never another site ("//host" or "http:"). */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith(MasarAuthentication.LOGIN_PAGE)) {
            return next;
        }
        return "/";
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
