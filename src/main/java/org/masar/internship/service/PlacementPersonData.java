package org.masar.internship.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.PersonDataSource;
import org.masar.internship.domain.Placement;
import org.masar.internship.domain.PlacementDocument;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.ColumnTable;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;

/**
 * Internships' part of a person's workbook: each placement with its learning agreement and
 * outcome, the changes agreed, and each document of the checklist with its details and who
 * received and verified it. A scan is named (file, type, size), never included: the workbook says
 * it is kept, and the person may ask for it.
 */
@ApplicationScoped
@Transactional
public class PlacementPersonData implements PersonDataSource {

    public static final ColumnTable<Placement> PLACEMENTS = ColumnTable.<Placement>of("subject.placements.")
            .number("id", (p, c) -> p.getId())
            .number("enrolment", (p, c) -> p.getEnrolment().getId())
            .text("host", 30, (p, c) -> p.getHost().getName())
            .text("city", 16, (p, c) -> p.getCity())
            .text("tutor", 20, (p, c) -> p.getTutorName())
            .date("plannedStart", (p, c) -> p.getPlannedStart())
            .date("plannedEnd", (p, c) -> p.getPlannedEnd())
            .text("sending", 10, (p, c) -> p.getSendingSite().getCode())
            .text("receiving", 10, (p, c) -> p.getReceivingSite().getCode())
            .text("programme", 50, (p, c) -> p.before().programme())
            .text("learningOutcomes", 50, (p, c) -> p.before().learningOutcomes())
            .text("monitoringPlan", 40, (p, c) -> p.before().monitoringPlan())
            .text("evaluationPlan", 40, (p, c) -> p.before().evaluationPlan())
            .text("languageLevel", 8, (p, c) -> p.before().languageLevel())
            .date("signedByIntern", (p, c) -> p.before().signedByIntern())
            .date("signedByHost", (p, c) -> p.before().signedByHost())
            .date("signedBySending", (p, c) -> p.before().signedBySending())
            .text("hostEvaluation", 50, (p, c) -> p.after().hostEvaluation())
            .text("certificate", 20, (p, c) -> p.after().certificate())
            .text("outcome", 20, (p, c) -> p.getOutcome() == null ? null
                    : Texts.get(c.locale(), "internship.outcome." + p.getOutcome()))
            .text("outcomeReason", 40, (p, c) -> p.getOutcomeReason())
            .date("endedOn", (p, c) -> p.getEndedOn())
            .dateTime("createdAt", (p, c) -> p.getCreatedAt())
            .text("createdBy", 16, (p, c) -> p.getCreatedBy())
            .build();

    /** A change agreed during an internship, with its placement. */
    public record ChangeRow(long placement, org.masar.internship.domain.AgreementChange change) {
    }

    public static final ColumnTable<ChangeRow> CHANGES = ColumnTable.<ChangeRow>of("subject.placementChanges.")
            .number("placement", (r, c) -> r.placement())
            .date("changedOn", (r, c) -> r.change().getChangedOn())
            .text("description", 60, (r, c) -> r.change().getDescription())
            .text("agreedBy", 30, (r, c) -> r.change().getAgreedBy())
            .text("recordedBy", 16, (r, c) -> r.change().getRecordedBy())
            .build();

    /** A document of the checklist with what is known of its scan (not its bytes). */
    public record DocumentRow(PlacementDocument document, ScanInfo scan) {
    }

    /** A scan as the workbook names it. */
    public record ScanInfo(String fileName, String contentType, int bytes) {
    }

    public static final ColumnTable<DocumentRow> DOCUMENTS = ColumnTable.<DocumentRow>of("subject.placementDocuments.")
            .number("placement", (r, c) -> r.document().getPlacement().getId())
            .text("document", 24, (r, c) -> Texts.get(c.locale(), "internship.document." + r.document().getKind()))
            .text("state", 12, (r, c) -> Texts.get(c.locale(), "internship.documentState." + r.document().getState()))
            .text("number", 18, (r, c) -> r.document().getNumber())
            .text("type", 18, (r, c) -> r.document().getType())
            .date("validFrom", (r, c) -> r.document().getValidFrom())
            .date("validTo", (r, c) -> r.document().getValidTo())
            .dateTime("receivedAt", (r, c) -> r.document().getReceivedAt())
            .text("receivedBy", 16, (r, c) -> r.document().getReceivedBy())
            .dateTime("verifiedAt", (r, c) -> r.document().getVerifiedAt())
            .text("verifiedBy", 16, (r, c) -> r.document().getVerifiedBy())
            .bool("scan", (r, c) -> r.scan() != null)
            .text("scanFile", 24, (r, c) -> r.scan() == null ? null
                    : r.scan().fileName() + " (" + r.scan().contentType() + ", " + r.scan().bytes() + " B)")
            .build();

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 300;
    }

    @Override
    public int write(Beneficiary person, StreamedWorkbook workbook, Column.Context context) {
        List<Placement> placements = em.createQuery("select p from Placement p join fetch p.enrolment e join fetch e.beneficiary b"
                        + " join fetch p.host join fetch p.sendingSite join fetch p.receivingSite"
                        + " where b.id = :id or b.mergedInto.id = :id order by p.id", Placement.class)
                .setParameter("id", person.getId()).getResultList();
        var sheet = workbook.sheet(Texts.get(context.locale(), "subject.sheet.placements"), PLACEMENTS, context);
        placements.forEach(sheet::add);
        sheet.finish();
        var changes = workbook.sheet(Texts.get(context.locale(), "subject.sheet.placementChanges"), CHANGES, context);
        placements.forEach(p -> p.getChanges().forEach(ch -> changes.add(new ChangeRow(p.getId(), ch))));
        changes.finish();
        var documents = workbook.sheet(Texts.get(context.locale(), "subject.sheet.placementDocuments"), DOCUMENTS, context);
        if (!placements.isEmpty()) {
            List<PlacementDocument> all = em.createQuery("select d from PlacementDocument d join fetch d.placement"
                            + " where d.placement in :p order by d.placement.id, d.kind", PlacementDocument.class)
                    .setParameter("p", placements).getResultList();
            List<Long> scanIds = all.stream().map(PlacementDocument::getScanId).filter(java.util.Objects::nonNull).toList();
            Map<Long, ScanInfo> scans = new HashMap<>();
            if (!scanIds.isEmpty()) {
                // The scans' names alone: their bytes stay in the database.
                for (Object[] s : em.createQuery("select s.id, s.fileName, s.contentType, s.byteCount from Scan s"
                        + " where s.id in :ids", Object[].class).setParameter("ids", scanIds).getResultList()) {
                    scans.put((Long) s[0], new ScanInfo((String) s[1], (String) s[2], (Integer) s[3]));
                }
            }
            all.forEach(d -> documents.add(new DocumentRow(d, d.getScanId() == null ? null : scans.get(d.getScanId()))));
        }
        documents.finish();
        return sheet.rows() + changes.rows() + documents.rows();
    }
}
