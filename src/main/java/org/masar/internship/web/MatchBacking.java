package org.masar.internship.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.masar.internship.domain.HostSector;
import org.masar.internship.domain.Matching;
import org.masar.internship.domain.Placement;
import org.masar.internship.service.HostService;
import org.masar.internship.service.PlacementAccess;
import org.masar.internship.service.PlacementService;
import org.masar.pipeline.domain.Enrolment;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.BusinessException;
import org.masar.shared.domain.NotFound;
import org.masar.shared.web.Faces;

/**
 * internship/match.xhtml?enrolment=ID: a candidate's wish (sector, city, languages), the hosts
 * suggested for it with why each fits, and the plan that opens the placement with the one chosen.
 */
@Named
@ViewScoped
public class MatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PlacementService placements;

    @Inject
    transient HostService hosts;

    @Inject
    transient CurrentUser currentUser;

    private final PlanFields plan = new PlanFields();

    private Long enrolment;
    private transient Enrolment candidate;
    private boolean open;
    private HostSector sector;
    private String city;
    private String languages;
    private List<Matching.Suggestion> suggestions = List.of();
    private boolean searched;

    /** The page opened: only those who work placements match; a candidate outside scope answers 404. */
    public void load() {
        var caller = currentUser.caller();
        if (caller.isEmpty() || !PlacementAccess.editsPlacements(caller.get())) {
            Faces.forbidden();
            return;
        }
        if (enrolment == null) {
            Faces.notFound();
            return;
        }
        try {
            candidate = placements.openCandidate(enrolment, caller.get());
            open = true;
            languages = candidate.getBeneficiary().getLanguage();
        } catch (NotFound unknown) {
            Faces.notFound();
        } catch (BusinessException refused) {
            // Already placed or no longer active: said so, with nothing to fill.
            Faces.error(null, refused.messageKey(), refused.arguments());
        }
    }

    public void suggest() {
        Faces.attempt("wish", () -> suggestions = placements.suggestions(enrolment, wish(), currentUser.require()));
        searched = true;
        plan.clear();
    }

    /** A suggestion chosen: the plan form opens, its city and tutor those of the host. */
    public void choose(long hostId) {
        plan.start(hosts.find(hostId, currentUser.require()));
    }

    public void match() {
        Placement[] made = new Placement[1];
        if (Faces.attempt("plan", () -> made[0] = placements.match(enrolment, plan.getHostId(), plan.plan(),
                plan.getReceivingSite(), currentUser.require()))) {
            Faces.info("internship.match.done", made[0].getHost().getName());
            Faces.redirect("/internship/placement.xhtml?id=" + made[0].getId());
        }
    }

    private Matching.Wish wish() {
        Set<String> spoken = languages == null ? Set.of() : Arrays.stream(languages.split("[,\\s]+"))
                .filter(l -> !l.isBlank()).map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new Matching.Wish(sector, city, spoken);
    }

    /** The languages a suggestion's tutors share with the candidate, as codes. */
    public String languagesOf(Matching.Suggestion s) {
        return String.join(", ", s.commonLanguages());
    }

    public Enrolment getCandidate() {
        if (candidate == null && open) {
            candidate = placements.candidate(enrolment, currentUser.require());
        }
        return candidate;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isSearched() {
        return searched;
    }

    public List<Matching.Suggestion> getSuggestions() {
        return suggestions;
    }

    public PlanFields getPlan() {
        return plan;
    }

    public Long getEnrolment() {
        return enrolment;
    }

    public void setEnrolment(Long enrolment) {
        this.enrolment = enrolment;
    }

    public HostSector getSector() {
        return sector;
    }

    public void setSector(HostSector sector) {
        this.sector = sector;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }
}
