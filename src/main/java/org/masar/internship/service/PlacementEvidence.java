package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.internship.domain.PlacementRules;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.service.EvidenceSource;
import org.masar.pipeline.service.EvidenceSubject;

/** The evidence sources of the INTERNSHIP stages, one per document of the checklist and one for the host's agreement. */
public final class PlacementEvidence {

    public static final String HOST = "internship-host";
    public static final String AGREEMENT = "internship-agreement";
    public static final String VISA = "internship-visa";
    public static final String INSURANCE = "internship-insurance";
    public static final String ARRIVAL = "internship-arrival";
    public static final String EVALUATION = "internship-evaluation";
    public static final String CERTIFICATE = "internship-certificate";

    private PlacementEvidence() {
    }

    /** The host agreed: the intern is matched with a host in a placement. */
    @ApplicationScoped
    public static class Host implements EvidenceSource {
        @PersistenceContext
        EntityManager em;

        @Override
        public String key() {
            return HOST;
        }

        @Override
        public String nameKey() {
            return "internship.evidence.source.HOST";
        }

        @Override
        public Evidence evidence(EvidenceSubject subject) {
            Optional<Placement> p = DocumentEvidence.placementOf(em, subject.enrolmentId());
            return p.map(x -> Evidence.met(DocumentEvidence.KIND, x.getId(), "internship.evidence.host", x.getHost().getName()))
                    .orElseGet(() -> Evidence.unmet(null, null, "internship.evidence.noPlacement"));
        }
    }

    /** The learning agreement: its document verified, and signed by intern, host and sending organisation. */
    @ApplicationScoped
    public static class Agreement extends DocumentEvidence {
        public Agreement() {
            super(DocumentKind.AGREEMENT, AGREEMENT);
        }

        @Override
        protected Evidence evidence(Placement p, PlacementDocument d) {
            Evidence document = super.evidence(p, d);
            if (document.met() && !p.before().signed()) {
                return Evidence.unmet(KIND, p.getId(), "internship.evidence.unsigned");
            }
            return document;
        }
    }

    /** Gates by validity: verified and valid from the planned start to the planned end. */
    abstract static class Covering extends DocumentEvidence {
        Covering(DocumentKind kind, String key) {
            super(kind, key);
        }

        @Override
        protected Evidence evidence(Placement p, PlacementDocument d) {
            Evidence document = super.evidence(p, d);
            if (document.met() && !PlacementRules.covers(d.getValidFrom(), d.getValidTo(), p.getPlannedStart(), p.getPlannedEnd())) {
                return Evidence.unmet(KIND, p.getId(), "internship.evidence.notCovering." + d.getKind(), d.getValidFrom(),
                        d.getValidTo(), p.getPlannedStart(), p.getPlannedEnd());
            }
            if (document.met()) {
                // No number in the summary: the history keeps it, and a visa's number is the intern's personal data.
                return Evidence.met(KIND, p.getId(), "internship.evidence.covering." + d.getKind(), d.getValidFrom(),
                        d.getValidTo());
            }
            return document;
        }
    }

    /** The visa, where the host is in another country than the intern's residence. */
    @ApplicationScoped
    public static class Visa extends Covering {
        public Visa() {
            super(DocumentKind.VISA, VISA);
        }

        @Override
        protected Evidence evidence(Placement p, PlacementDocument d) {
            if (!p.visaNeeded()) {
                return Evidence.met(KIND, p.getId(), "internship.evidence.visaNotNeeded", p.getHost().getCountry());
            }
            return super.evidence(p, d);
        }
    }

    @ApplicationScoped
    public static class Insurance extends Covering {
        public Insurance() {
            super(DocumentKind.INSURANCE, INSURANCE);
        }
    }

    @ApplicationScoped
    public static class Arrival extends DocumentEvidence {
        public Arrival() {
            super(DocumentKind.ARRIVAL, ARRIVAL);
        }
    }

    @ApplicationScoped
    public static class Evaluation extends DocumentEvidence {
        public Evaluation() {
            super(DocumentKind.EVALUATION, EVALUATION);
        }
    }

    @ApplicationScoped
    public static class Certificate extends DocumentEvidence {
        public Certificate() {
            super(DocumentKind.CERTIFICATE, CERTIFICATE);
        }
    }
}
