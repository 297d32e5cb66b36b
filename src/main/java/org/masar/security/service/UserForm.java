package org.masar.security.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.masar.security.domain.AppUser;
import org.masar.security.domain.Role;

/** What the user administration form edits; the service turns it into changes of an {@link AppUser}. */
public class UserForm {

    private Long id;
    private int version;

    @NotBlank
    @Size(min = 2, max = AppUser.USERNAME_MAX)
    @Pattern(regexp = AppUser.USERNAME_PATTERN, message = "{validation.username}")
    private String username;

    @NotBlank
    @Size(max = AppUser.FULL_NAME_MAX)
    private String fullName;

    @Email(message = "{validation.email}")
    @Size(max = AppUser.EMAIL_MAX)
    private String email;

    private boolean active = true;

    @Pattern(regexp = "en|fr|ar|it")
    private String locale = "en";

    @NotEmpty(message = "{validation.roles}")
    private List<Role> roles = new ArrayList<>();

    private List<Long> siteIds = new ArrayList<>();

    /** Required for a new user; left empty on edit to keep the current password. */
    @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = "{user.error.passwordLength}")
    private String newPassword;

    /** An administrator's help for a lost phone: the user sets the second factor up again. */
    private boolean removeSecondFactor;

    /** Shown on the form only; changed by the user themselves on their second-factor page. */
    private boolean secondFactor;

    public static UserForm of(AppUser user) {
        UserForm form = new UserForm();
        form.id = user.getId();
        form.version = user.getVersion();
        form.username = user.getUsername();
        form.fullName = user.getFullName();
        form.email = user.getEmail();
        form.active = user.isActive();
        form.locale = user.getLocale();
        form.roles = new ArrayList<>(user.getRoles());
        form.siteIds = new ArrayList<>(user.getSites().stream().map(s -> s.getId()).toList());
        form.secondFactor = user.hasSecondFactor();
        return form;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public List<Long> getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(List<Long> siteIds) {
        this.siteIds = siteIds == null ? new ArrayList<>() : new ArrayList<>(siteIds);
    }

    /** Arrays for the form's multi-selects, whose element types the views can convert to. */
    public Role[] getRoleSelection() {
        return roles.toArray(Role[]::new);
    }

    public void setRoleSelection(Role[] selection) {
        setRoles(selection == null ? null : List.of(selection));
    }

    public Long[] getSiteSelection() {
        return siteIds.toArray(Long[]::new);
    }

    public void setSiteSelection(Long[] selection) {
        setSiteIds(selection == null ? null : List.of(selection));
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword == null || newPassword.isEmpty() ? null : newPassword;
    }

    public boolean isRemoveSecondFactor() {
        return removeSecondFactor;
    }

    public void setRemoveSecondFactor(boolean removeSecondFactor) {
        this.removeSecondFactor = removeSecondFactor;
    }

    public boolean isSecondFactor() {
        return secondFactor;
    }
}
