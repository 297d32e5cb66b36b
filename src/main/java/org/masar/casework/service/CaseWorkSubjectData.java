package org.masar.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.masar.beneficiary.domain.Beneficiary;
import org.masar.beneficiary.service.PersonDataSource;
import org.masar.casework.domain.CaseNote;
import org.masar.casework.domain.FollowUp;
import org.masar.shared.excel.Column;
import org.masar.shared.excel.ColumnTable;
import org.masar.shared.excel.StreamedWorkbook;
import org.masar.shared.i18n.Texts;

/** Case work's part of a person's workbook: every note as it stands, every follow-up. */
@ApplicationScoped
@Transactional
public class CaseWorkSubjectData implements PersonDataSource {

    public static final ColumnTable<CaseNote> NOTES = ColumnTable.<CaseNote>of("subject.notes.")
            .dateTime("at", (n, c) -> n.getAt())
            .text("author", 16, (n, c) -> n.getAuthor())
            .number("enrolment", (n, c) -> n.getEnrolmentId())
            .text("text", 80, (n, c) -> n.getText())
            .dateTime("editedAt", (n, c) -> n.getEditedAt())
            .build();

    public static final ColumnTable<FollowUp> FOLLOW_UPS = ColumnTable.<FollowUp>of("subject.followUps.")
            .text("title", 40, (f, c) -> f.getTitle())
            .date("due", (f, c) -> f.getDueDate())
            .text("assignee", 18, (f, c) -> f.getAssignee().getFullName())
            .number("enrolment", (f, c) -> f.getEnrolmentId())
            .dateTime("createdAt", (f, c) -> f.getCreatedAt())
            .text("createdBy", 16, (f, c) -> f.getCreatedBy())
            .dateTime("doneAt", (f, c) -> f.getDoneAt())
            .text("doneBy", 16, (f, c) -> f.getDoneBy())
            .build();

    @PersistenceContext
    EntityManager em;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public int write(Beneficiary person, StreamedWorkbook workbook, Column.Context context) {
        String ofPerson = " in (select b.id from Beneficiary b where b.id = :id or b.mergedInto.id = :id)";
        var notes = workbook.sheet(Texts.get(context.locale(), "subject.sheet.notes"), NOTES, context);
        em.createQuery("select n from CaseNote n where n.beneficiaryId" + ofPerson + " order by n.id", CaseNote.class)
                .setParameter("id", person.getId()).getResultList().forEach(notes::add);
        notes.finish();
        var followUps = workbook.sheet(Texts.get(context.locale(), "subject.sheet.followUps"), FOLLOW_UPS, context);
        em.createQuery("select f from FollowUp f join fetch f.assignee where f.beneficiaryId" + ofPerson
                        + " order by f.dueDate, f.id", FollowUp.class)
                .setParameter("id", person.getId()).getResultList().forEach(followUps::add);
        followUps.finish();
        return notes.rows() + followUps.rows();
    }
}
