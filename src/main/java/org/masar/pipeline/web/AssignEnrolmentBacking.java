package org.masar.pipeline.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.masar.pipeline.domain.Enrolment;
import org.masar.pipeline.service.CaseWorkers;
import org.masar.security.domain.AppUser;

/** The "case worker and cohort" form of enrolment/view.xhtml. */
@Named
@ViewScoped
public class AssignEnrolmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentBacking page;

    @Inject
    transient CaseWorkers caseWorkers;

    /** The version of the enrolment the form was filled from; -1 before it was. */
    private int readAt = -1;
    private String caseWorker;
    private String cohort;
    private transient List<AppUser> workers;

    public void assign() {
        page.assign(caseWorker, cohort);
    }

    /** Staff who may follow this enrolment: those whose sites reach the person's. */
    public List<AppUser> getWorkers() {
        if (workers == null) {
            workers = caseWorkers.at(page.getEnrolment().getBeneficiary().getSite(),
                    page.getEnrolment().getPipeline().getType());
        }
        return workers;
    }

    /**
     * The form starts from what the enrolment has at the version the page shows, and starts again
     * when the page shows a newer one (after a move, or a change someone else made first).
     */
    private void start() {
        if (readAt != page.getVersion()) {
            Enrolment e = page.getEnrolment();
            caseWorker = e.getCaseWorker() == null ? null : e.getCaseWorker().getUsername();
            cohort = e.getCohort();
            readAt = page.getVersion();
        }
    }

    public String getCaseWorker() {
        start();
        return caseWorker;
    }

    public void setCaseWorker(String caseWorker) {
        start();
        this.caseWorker = caseWorker;
    }

    public String getCohort() {
        start();
        return cohort;
    }

    public void setCohort(String cohort) {
        start();
        this.cohort = cohort;
    }
}
