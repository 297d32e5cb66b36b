package org.masar.pipeline.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.security.domain.AppUser;
import org.masar.security.service.UserService;
import org.masar.site.domain.Site;

/**
 * Who may follow a case at a site: active staff with a case-work role whose sites reach it, by
 * name. Read once per request, however many parts of a page offer the list.
 */
@RequestScoped
public class CaseWorkers {

    @Inject
    UserService users;

    private final Map<String, List<AppUser>> bySite = new HashMap<>();

    public List<AppUser> at(Site site) {
        return bySite.computeIfAbsent(site.getPath(), path -> users.reaching(path, CaseWorkAccess.WORKERS));
    }

    /** Those of them whose role works pipelines of this type (README, "Need to know"): who may follow such a case. */
    public List<AppUser> at(Site site, org.masar.pipeline.domain.PipelineType type) {
        return at(site).stream().filter(u -> u.getRoles().stream().anyMatch(r -> CaseWorkAccess.types(r).contains(type)))
                .toList();
    }
}
