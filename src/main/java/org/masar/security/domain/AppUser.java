package org.masar.security.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.masar.site.domain.Site;

/** Somebody who signs in to Masar, with what they do (roles) and where (sites). */
@Entity
@Table(name = "app_user")
public class AppUser {

    public static final int USERNAME_MAX = 64;
    public static final int FULL_NAME_MAX = 120;
    public static final int EMAIL_MAX = 160;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(min = 2, max = USERNAME_MAX)
    @Pattern(regexp = USERNAME_PATTERN, message = "{validation.username}")
    @Column(nullable = false, updatable = false, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = FULL_NAME_MAX)
    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @Email(message = "{validation.email}")
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false, length = 8)
    private String locale = "en";

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "user_site",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "site_id"))
    private Set<Site> sites = new LinkedHashSet<>();

    /** The TOTP secret (base32) the user's authenticator app shares; null without a second factor. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_since")
    private LocalDateTime totpSince;

    /** The last 30-second step a code was accepted for: a code is never accepted twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Version
    private int version;

    protected AppUser() {
    }

    public AppUser(String username, String fullName, String passwordHash, LocalDateTime createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** Name and e-mail as the administrator typed them. */
    public void describe(String fullName, String email) {
        this.fullName = fullName == null ? null : fullName.trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    /** The language the user reads Masar in, remembered between sessions. */
    public void chooseLanguage(String language) {
        this.locale = language;
    }

    /** What the user does (roles) and where (sites), replacing what they had. */
    public void assign(java.util.Collection<Role> newRoles, java.util.Collection<Site> newSites) {
        roles.clear();
        roles.addAll(newRoles);
        sites.clear();
        sites.addAll(newSites);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Turns the second factor on (or moves it to a new authenticator app) with a secret the user confirmed. */
    public void useSecondFactor(String base32Secret, long confirmedStep, LocalDateTime now) {
        this.totpSecret = base32Secret;
        this.totpSince = now;
        this.totpLastStep = confirmedStep;
    }

    /** Records that the code of {@code step} was used; false when that step or a later one already was. */
    public boolean acceptCodeOf(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Turns the second factor off: the user sets it up again (an administrator's help for a lost phone). */
    public void removeSecondFactor() {
        totpSecret = null;
        totpSince = null;
        totpLastStep = null;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public LocalDateTime getTotpSince() {
        return totpSince;
    }

    public long getTotpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    /** Administrators and managers may be required to use a second factor (masar.mfa.required). */
    public boolean needsSecondFactor() {
        return roles.stream().anyMatch(Role::requiresSecondFactor);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public String getLocale() {
        return locale;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    /** The roles, read-only: {@link #assign} changes them. */
    public Set<Role> getRoles() {
        return java.util.Collections.unmodifiableSet(roles);
    }

    /** The sites, read-only: {@link #assign} changes them. */
    public Set<Site> getSites() {
        return java.util.Collections.unmodifiableSet(sites);
    }

    public int getVersion() {
        return version;
    }
}
