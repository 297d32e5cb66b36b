package org.masar.site.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.masar.security.service.CurrentUser;
import org.masar.site.service.SiteService;

/** The sites in the caller's scope, in tree order. */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    /**
     * A site as the API shows it; {@code parent} is the parent's code. {@code name} is the English
     * name, as it always was; {@code names} has it in each language (null where none was given).
     */
    public record SiteJson(String code, String name, Map<String, String> names, String level, String countryCode,
                           String parent, boolean active) {
    }

    @Inject
    SiteService sites;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<SiteJson> list() {
        return sites.within(currentUser.scope()).stream()
                .map(s -> new SiteJson(s.getCode(), s.getName(), s.names().all(), s.getLevel().name(),
                        s.getCountryCode(), s.getParentCode(), s.isActive()))
                .toList();
    }
}
