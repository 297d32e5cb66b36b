package org.masar.casework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.casework.domain.FollowUp;
import org.masar.casework.service.CaseWorkService;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.domain.EnrolmentStatus;
import org.masar.pipeline.service.EnrolmentFilter;
import org.masar.pipeline.service.EnrolmentFlags;
import org.masar.pipeline.service.EnrolmentQueries;
import org.masar.security.service.CurrentUser;
import org.masar.shared.domain.Page;
import org.masar.shared.domain.PageRequest;
import org.masar.shared.web.Faces;
import org.masar.shared.web.PagedTable;

/**
 * enrolment/caseload.xhtml, the page a case worker opens every morning: follow-ups overdue and
 * due this week, enrolments stuck past their stage's expected days, then all their active ones.
 */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DUE_WITHIN_DAYS = 7;

    @Inject
    transient CaseWorkService casework;

    @Inject
    transient EnrolmentQueries queries;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient java.time.Clock clock;

    @Inject
    @jakarta.enterprise.inject.Any
    transient jakarta.enterprise.inject.Instance<EnrolmentFlags> flagSources;

    private PagedTable<Enrolment> active;
    /** What other modules flag on the enrolments of the page shown (at risk in a course), by enrolment. */
    private final Map<Long, List<EnrolmentFlags.Flag>> flags = new HashMap<>();
    private transient List<CaseWorkService.FollowUpLine> followUps;
    private transient Page<Enrolment> stuck;
    private Long lastDone;
    private String lastDoneTitle;

    @PostConstruct
    void init() {
        active = new PagedTable<>(request -> flagged(queries.page(mine(EnrolmentStatus.ACTIVE, false), request,
                currentUser.require())), Enrolment::getId);
    }

    private Page<Enrolment> flagged(Page<Enrolment> page) {
        flags.clear();
        List<Long> ids = page.rows().stream().map(Enrolment::getId).toList();
        flagSources.forEach(source -> source.flags(ids, currentUser.require())
                .forEach((id, found) -> flags.computeIfAbsent(id, k -> new ArrayList<>()).addAll(found)));
        return page;
    }

    public List<EnrolmentFlags.Flag> flags(Enrolment e) {
        return flags.getOrDefault(e.getId(), List.of());
    }

    private EnrolmentFilter mine(EnrolmentStatus status, boolean onlyStuck) {
        return new EnrolmentFilter(null, null, null, null, null, null, null, null, false, null)
                .withCaseWorker(currentUser.require().id(), status, onlyStuck);
    }

    public List<CaseWorkService.FollowUpLine> getFollowUps() {
        if (followUps == null) {
            followUps = casework.openFollowUps(currentUser.require().id(), currentUser.scope().today(clock).plusDays(DUE_WITHIN_DAYS),
                    currentUser.require());
        }
        return followUps;
    }

    public Page<Enrolment> getStuck() {
        if (stuck == null) {
            stuck = queries.page(mine(EnrolmentStatus.ACTIVE, true), new PageRequest(0, 50, "stageSince", true, Map.of()),
                    currentUser.require());
        }
        return stuck;
    }

    /** Marks a follow-up done; the list, its count and an undo bar naming it are redrawn together. */
    public void done(FollowUp followUp) {
        if (Faces.attempt("followUps", () -> casework.setDone(followUp.getId(), true, currentUser.require()))) {
            lastDone = followUp.getId();
            lastDoneTitle = followUp.getTitle();
        }
        followUps = null;
    }

    /** Takes back the last "done": the follow-up is open again, as it was. */
    public void undo() {
        if (lastDone != null && Faces.attempt("followUps", () -> casework.setDone(lastDone, false, currentUser.require()))) {
            lastDone = null;
        }
        followUps = null;
    }

    public Long getLastDone() {
        return lastDone;
    }

    public String getLastDoneTitle() {
        return lastDoneTitle;
    }

    public long days(Enrolment e) {
        return e.daysInStage(e.getBeneficiary().getSite().today(clock));
    }

    public PagedTable<Enrolment> getActive() {
        return active;
    }
}
