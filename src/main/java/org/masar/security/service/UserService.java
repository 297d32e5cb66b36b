package org.masar.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.masar.security.domain.AppUser;
import org.masar.security.domain.Role;
import org.masar.shared.db.PagedQuery;
import org.masar.shared.domain.InvalidInput;
import org.masar.shared.domain.NotFound;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.domain.Versions;
import org.masar.site.domain.Scope;
import org.masar.site.domain.Site;

/** User accounts: who may sign in, with which roles, over which sites. */
@ApplicationScoped
@Transactional
public class UserService {

    public static final Set<String> LOCALES = Set.of("en", "fr", "ar", "it");

    private static final PagedQuery<AppUser> LIST = PagedQuery
            .of(AppUser.class, "username", "fullName", "email", "active", "createdAt")
            .defaultSort("username");

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "masar.demo", defaultValue = "false")
    boolean demo;

    public Page<AppUser> page(PageRequest request) {
        Page<AppUser> page = LIST.run(em, request);
        if (!page.rows().isEmpty()) {
            // One query fills the roles and sites of the whole page, not one per row.
            em.createQuery("select distinct u from AppUser u left join fetch u.roles left join fetch u.sites"
                            + " where u.id in :ids", AppUser.class)
                    .setParameter("ids", page.rows().stream().map(AppUser::getId).toList())
                    .getResultList();
        }
        return page;
    }

    public Optional<AppUser> byUsername(String username) {
        return em.createQuery("select u from AppUser u where u.username = :name", AppUser.class)
                .setParameter("name", username)
                .getResultStream().findFirst();
    }

    /** Active users with one of these roles whose sites reach the site at {@code sitePath}, by name. */
    public List<AppUser> reaching(String sitePath, Set<Role> roles) {
        return em.createQuery("select distinct u from AppUser u join u.sites s left join fetch u.roles"
                        + " where u.active = true and :path like concat(s.path, '%') order by u.fullName", AppUser.class)
                .setParameter("path", sitePath)
                .getResultList().stream()
                .filter(u -> u.getRoles().stream().anyMatch(roles::contains))
                // Fetched with their roles and matched through their sites, a user can come once per row: once here.
                .collect(java.util.stream.Collectors.toMap(AppUser::getId, u -> u, (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    /** The caller behind a signed-in name, or empty when the account is gone or deactivated. */
    public Optional<Caller> activeCaller(String username) {
        return activeAccount(username).map(UserService::caller);
    }

    /**
     * The active account with this name, its roles and sites read with it in one query: what a
     * sign-in checks the password against and then hands on as the {@link Caller}.
     */
    Optional<AppUser> activeAccount(String username) {
        return em.createQuery("select distinct u from AppUser u left join fetch u.roles left join fetch u.sites"
                        + " where u.username = :name and u.active = true", AppUser.class)
                .setParameter("name", username)
                .getResultStream().findFirst();
    }

    static Caller caller(AppUser user) {
        Set<Role> roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        return new Caller(user.getId(), user.getUsername(), user.getFullName(), Set.copyOf(roles),
                Scope.of(user.getSites()), user.getLocale());
    }

    public UserForm formFor(long id) {
        return UserForm.of(loaded(id));
    }

    private AppUser loaded(long id) {
        return em.createQuery("select distinct u from AppUser u left join fetch u.roles left join fetch u.sites"
                        + " where u.id = :id", AppUser.class)
                .setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(NotFound::new);
    }

    /**
     * Creates or updates an account from the administration form. {@code actingAdmin} may not
     * lock themselves out by removing their own ADMIN role or deactivating themselves.
     */
    public AppUser save(UserForm form, String actingAdmin) {
        return save(form, actingAdmin, false);
    }

    /**
     * Creates a demo account with the demo password, which the password policy refuses on purpose
     * ("masar-demo" is short and names the product): demo/DemoData only, and only in demo mode
     * (masar.demo=true). An architecture test holds that nothing else calls it.
     */
    public AppUser saveDemoAccount(UserForm form) {
        if (!demo) {
            throw new IllegalStateException("Demo accounts are made in demo mode only (masar.demo=true)");
        }
        return save(form, null, true);
    }

    private AppUser save(UserForm form, String actingAdmin, boolean demoPassword) {
        AppUser user;
        if (form.isNew()) {
            if (byUsername(form.getUsername()).isPresent()) {
                throw InvalidInput.of("username", "user.error.usernameTaken");
            }
            if (form.getNewPassword() == null) {
                throw InvalidInput.of("newPassword", "user.error.passwordRequired");
            }
            String hash = demoPassword ? passwords.hashWithoutPolicy(form.getNewPassword())
                    : passwords.hash(form.getUsername(), form.getNewPassword());
            user = new AppUser(form.getUsername(), form.getFullName(), hash, LocalDateTime.now(clock));
        } else {
            user = loaded(form.getId());
            Versions.require(form.getVersion(), user.getVersion());
            if (user.getUsername().equals(actingAdmin)
                    && (!form.isActive() || !form.getRoles().contains(Role.ADMIN))) {
                throw InvalidInput.of("roles", "user.error.selfLockout");
            }
            if (form.getNewPassword() != null) {
                user.changePassword(demoPassword ? passwords.hashWithoutPolicy(form.getNewPassword())
                        : passwords.hash(user.getUsername(), form.getNewPassword()));
            }
            if (form.isRemoveSecondFactor() && user.hasSecondFactor()) {
                user.removeSecondFactor();
                em.createQuery("delete from RecoveryCode r where r.userId = :id").setParameter("id", user.getId())
                        .executeUpdate();
            }
        }
        if (form.getRoles().isEmpty()) {
            throw InvalidInput.of("roles", "user.error.rolesRequired");
        }
        if (!LOCALES.contains(form.getLocale())) {
            throw InvalidInput.of("locale", "user.error.locale");
        }
        List<Site> sites = form.getSiteIds().isEmpty() ? List.of()
                : em.createQuery("select s from Site s where s.id in :ids", Site.class)
                        .setParameter("ids", form.getSiteIds()).getResultList();
        if (sites.size() != Set.copyOf(form.getSiteIds()).size()) {
            throw InvalidInput.of("sites", "user.error.unknownSite");
        }
        user.describe(form.getFullName(), form.getEmail());
        user.chooseLanguage(form.getLocale());
        if (form.isActive()) {
            user.activate();
        } else {
            user.deactivate();
        }
        user.assign(form.getRoles(), sites);
        if (user.getId() == null) {
            em.persist(user);
        }
        em.flush();
        return user;
    }

    /** Remembers the language a user last chose. Unknown languages are ignored. */
    public void rememberLocale(String username, String locale) {
        if (LOCALES.contains(locale)) {
            byUsername(username).ifPresent(user -> user.chooseLanguage(locale));
        }
    }

    public long count() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    }
}
