package org.masar.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.masar.security.domain.Role;
import org.masar.site.domain.Site;
import org.masar.site.service.SiteService;

/**
 * A production database starts with no accounts. When MASAR_ADMIN_PASSWORD is set and there is
 * no user yet, an administrator "admin" over every country is created with that password.
 */
@Singleton
@Startup
@DependsOn({"DatabaseSetup", "DemoData"})
public class InitialAdmin {

    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "masar.admin.password")
    Optional<String> password;

    @Inject
    UserService users;

    @Inject
    SiteService sites;

    @PostConstruct
    void create() {
        if (password.isEmpty() || users.count() > 0) {
            return;
        }
        UserForm form = new UserForm();
        form.setUsername("admin");
        form.setFullName("Administrator");
        form.setRoles(List.of(Role.ADMIN));
        form.setSiteIds(sites.tree().stream().filter(s -> s.getParentCode() == null).map(Site::getId).toList());
        form.setNewPassword(password.get());
        try {
            users.save(form, null);
        } catch (org.masar.shared.domain.InvalidInput refused) {
            // Start anyway, so that the operator reads why and sets another password.
            LOG.severe("MASAR_ADMIN_PASSWORD is refused by the password policy (" + refused.fieldKeys().values()
                    + "); no administrator was created. Restart with a longer, uncommon password.");
            return;
        }
        LOG.info("Created the first administrator account 'admin'");
    }
}
