package org.masar.internship.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.masar.internship.domain.DocumentKind;
import org.masar.internship.domain.DocumentState;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.pipeline.domain.Evidence;
import org.masar.pipeline.service.EvidenceSource;
import org.masar.pipeline.service.EvidenceSubject;

/**
 * Evidence of the INTERNSHIP criteria from the placement's documents checklist: a document received
 * and verified is the evidence, and for a visa or an insurance, valid over the planned dates. Each
 * kind of document is its own source ({@code internship-visa}, …), so that an administrator binds
 * a stage's criteria to the documents that gate it.
 */
public abstract class DocumentEvidence implements EvidenceSource {

    /** What the summaries name a placement's record by. */
    public static final String KIND = "placement";

    @PersistenceContext
    EntityManager em;

    private final DocumentKind kind;
    private final String key;

    protected DocumentEvidence(DocumentKind kind, String key) {
        this.kind = kind;
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String nameKey() {
        return "internship.evidence.source." + kind;
    }

    @Override
    public Evidence evidence(EvidenceSubject subject) {
        Optional<Placement> placement = placementOf(em, subject.enrolmentId());
        if (placement.isEmpty()) {
            return Evidence.unmet(null, null, "internship.evidence.noPlacement");
        }
        return evidence(placement.get(), placement.get().document(kind));
    }

    /** What the document says; a kind with more to check than its state overrides it. */
    protected Evidence evidence(Placement p, PlacementDocument d) {
        return d.getState() == DocumentState.VERIFIED
                ? Evidence.met(KIND, p.getId(), "internship.evidence.verified." + kind)
                : Evidence.unmet(KIND, p.getId(), "internship.evidence." + d.getState().name().toLowerCase(java.util.Locale.ROOT)
                        + "." + kind);
    }

    static Optional<Placement> placementOf(EntityManager em, long enrolmentId) {
        return em.createQuery("select p from Placement p join fetch p.host where p.enrolment.id = :id", Placement.class)
                .setParameter("id", enrolmentId).getResultStream().findFirst();
    }
}
