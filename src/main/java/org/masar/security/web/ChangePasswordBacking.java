package org.masar.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.masar.security.service.AccountService;
import org.masar.security.service.CurrentUser;
import org.masar.shared.web.Faces;

/** account/password.xhtml: the signed-in user changes their own password. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public void save() {
        if (Faces.attempt("form", () -> accounts.changePassword(currentUser.require().username(), currentPassword,
                newPassword, repeatPassword))) {
            Faces.info("account.password.saved");
            Faces.redirect("/index.xhtml");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
